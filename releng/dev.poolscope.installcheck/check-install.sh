#!/usr/bin/env bash
# Checks the install made by this module's director runs (see pom.xml) and fails with a message when:
#  - the feature includes a bundle that the platform repository has (an IDE's own bundles must be
#    required, never included: an included copy would clash with the IDE's);
#  - the install holds anything besides the platform and the feature's own bundles (something the
#    feature needs was taken from Poolscope's repository that a platform-only IDE does not have);
#  - any installed bundle does not resolve in an OSGi framework (ResolveInstall.java).
# Usage: check-install.sh IDE_DIR PLATFORM_REPOSITORY_DIR
set -euo pipefail
ide=$1
platform=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

ids() { # bundle ids of the plugins/ folder $1, sorted: name_VERSION.jar or name_VERSION/ -> name
  ls "$1" | sed -e 's/\.jar$//' -e 's/_[0-9][^_]*$//' | sort -u
}

features=("$ide"/features/dev.poolscope.feature_*)
[ -f "${features[0]}/feature.xml" ] || { echo "check-install: dev.poolscope.feature is not installed in $ide" >&2; exit 1; }
feature_ids=$(grep -o '<plugin id="[^"]*"' "${features[0]}/feature.xml" | cut -d'"' -f2 | sort -u)
platform_ids=$(ids "$platform/plugins")
installed_ids=$(ids "$ide/plugins")

included_platform=$(comm -12 <(echo "$feature_ids") <(echo "$platform_ids"))
if [ -n "$included_platform" ]; then
  echo "check-install: the feature includes platform bundles (require them instead):" $included_platform >&2
  exit 1
fi
expected=$(sort -u <(echo "$platform_ids") <(echo "$feature_ids"))
if [ "$installed_ids" != "$expected" ]; then
  echo "check-install: the install is not exactly the platform plus the feature's bundles" >&2
  echo "  installed but neither platform nor feature:" $(comm -23 <(echo "$installed_ids") <(echo "$expected")) >&2
  echo "  expected but not installed:" $(comm -13 <(echo "$installed_ids") <(echo "$expected")) >&2
  exit 1
fi
echo "check-install: $(echo "$feature_ids" | wc -l) feature bundles installed on $(echo "$platform_ids" | wc -l) platform bundles:" $feature_ids

osgi=("$ide"/plugins/org.eclipse.osgi_*.jar)
storage=$(mktemp -d)
trap 'rm -rf "$storage"' EXIT
java -cp "${osgi[0]}" "$here/ResolveInstall.java" "$ide/plugins" "$storage"
