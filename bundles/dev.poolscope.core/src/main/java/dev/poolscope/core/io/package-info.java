/**
 * Files as every command and reader uses them: inputs refused at once unless they are regular files,
 * outputs written whole or not at all, and one wording for every file error (file, operation, reason).
 */
package dev.poolscope.core.io;
