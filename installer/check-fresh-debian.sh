#!/usr/bin/env bash
# Proves the README's two commands on a fresh Debian 12: debootstraps a minimal bookworm root
# (once, into ROOT), clones the committed tree into it and runs `installer/dev.sh run` and
# `installer/dev.sh test` there as root. Run by hand as root on a Debian machine with
# debootstrap; it takes 10–15 minutes the first time. Logs: ROOT/../fresh-{run,test}.log.
#   installer/check-fresh-debian.sh [ROOT=/var/tmp/kp-fresh-root]
set -euo pipefail
root=${1:-/var/tmp/kp-fresh-root}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
logs=$(dirname "$root")
if [ ! -f "$root/etc/debian_version" ]; then
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
rm -rf "$root/src"
git clone -q "$top" "$root/src"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount --bind /proc "$root/proc"
mount --bind /dev "$root/dev"
trap 'umount "$root/proc" "$root/dev"' EXIT
status=0
for mode in run test; do
  if chroot "$root" bash -c "cd /src && bash installer/dev.sh $mode" > "$logs/fresh-$mode.log" 2>&1; then
    echo "dev.sh $mode: ok ($logs/fresh-$mode.log)"
  else
    echo "dev.sh $mode: FAILED ($logs/fresh-$mode.log)"
    status=1
  fi
done
tail -n 3 "$logs/fresh-test.log"
exit $status
