# SPDX-License-Identifier: GPL-2.0
# Sourced by the capture scripts. guest_kernel prints the kernel they build modules for and boot:
# $KVER when set, else the newest installed kernel that has both an image (/boot/vmlinuz-V) and
# headers (/lib/modules/V/build). It says why on stderr and fails when there is none.
guest_kernel() {
  local v img best=
  if [ -n "${KVER:-}" ]; then
    [ -d "/lib/modules/$KVER/build" ] || { echo "no headers for kernel $KVER: /lib/modules/$KVER/build is missing" >&2; return 1; }
    printf '%s' "$KVER"
    return 0
  fi
  for img in /boot/vmlinuz-*; do
    [ -e "$img" ] || continue
    v=${img#/boot/vmlinuz-}
    [ -d "/lib/modules/$v/build" ] && best=$(printf '%s\n%s\n' "$best" "$v" | sed '/^$/d' | sort -V | tail -1)
  done
  [ -n "$best" ] || { echo "no kernel with headers: need /boot/vmlinuz-V and /lib/modules/V/build (apt-get install linux-image-amd64 linux-headers-amd64)" >&2; return 1; }
  printf '%s' "$best"
}
