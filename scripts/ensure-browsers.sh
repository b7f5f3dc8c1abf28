#!/usr/bin/env bash
# `npm test` drives a real Chromium and Firefox ESR, and makes PDFs of Chinese text that need
# CJK fonts. Before anything else runs, this finds them; where they are missing it installs
# Debian's packages (Playwright's browser download does not work on machines without internet),
# or stops at once with the exact command to run.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
packages=()
[ -x "$chromium" ] || packages+=(chromium)
# Chromium's zh-CN UI strings: the end-to-end tests run the browser in Chinese.
[ -n "${CHROMIUM_PATH:-}" ] || [ -e /usr/lib/chromium/locales/zh-CN.pak ] || packages+=(chromium-l10n)
[ -x "$firefox" ] || packages+=(firefox-esr)
ls /usr/share/fonts/opentype/noto/NotoSansCJK-* >/dev/null 2>&1 || packages+=(fonts-noto-cjk)
[ ${#packages[@]} -eq 0 ] && exit 0
command="apt-get update && apt-get install -y ${packages[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing what the tests need: ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${packages[@]}" >/dev/null
else
  echo "The tests need: ${packages[*]}. Run:  sudo sh -c '$command'" >&2
  echo "(or set CHROMIUM_PATH / FIREFOX_PATH to browsers you have)" >&2
  exit 1
fi
