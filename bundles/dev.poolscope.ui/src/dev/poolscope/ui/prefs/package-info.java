/** The user's settings for the Poolscope views: typed access, defaults and the preference page. */
package dev.poolscope.ui.prefs;
