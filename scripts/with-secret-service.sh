#!/usr/bin/env bash
# Run a command (e.g. `npm test`) with a working Secret Service, so keychain tests use a real one.
#
#   scripts/with-secret-service.sh npm test
#
# - Already in a session whose Secret Service answers (a desktop, or a nested call)? Just run it.
# - Otherwise start a private D-Bus session (dbus-run-session), create and unlock a throwaway
#   login keyring for gnome-keyring-daemon non-interactively (the password goes in on stdin, as
#   --unlock expects), prove it works with secret-tool store/lookup/clear, then run the command.
#   The keyring lives in a temporary directory that is removed afterwards: the user's own
#   keyrings are never touched.
# Needs: dbus (dbus-run-session), gnome-keyring, libsecret-tools (secret-tool).
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 64
fi

probe_secret_service() {
  # Store, read back and delete a throwaway entry; any failure means no usable Secret Service.
  local value="probe-$$-$RANDOM"
  printf '%s' "$value" | timeout 10 secret-tool store --label='approval-tray probe' approval-tray-probe "$$" 2>/dev/null || return 1
  [ "$(timeout 10 secret-tool lookup approval-tray-probe "$$" 2>/dev/null)" = "$value" ] || return 1
  timeout 10 secret-tool clear approval-tray-probe "$$" 2>/dev/null || true
}

if [ "${APPROVAL_TRAY_IN_KEYRING_SESSION:-}" = "1" ]; then
  # Second stage, inside the private bus: start and unlock the keyring, then run the command.
  keyring_home="$(mktemp -d)"
  # Only the daemons started here (their environment names our temp dir), never a desktop's own.
  stop_our_keyrings() {
    local pid
    for pid in $(pgrep -x gnome-keyring-d 2>/dev/null; pgrep -x gnome-keyring-daemon 2>/dev/null); do
      if { tr '\0' '\n' < "/proc/$pid/environ"; } 2>/dev/null | grep -qF "XDG_RUNTIME_DIR=$keyring_home/"; then kill "$pid" 2>/dev/null || true; fi
    done
  }
  trap 'stop_our_keyrings; rm -rf "$keyring_home"' EXIT
  # The daemon gets its own runtime dir too, so it never joins another session's daemon through
  # a shared control socket (which would answer with a locked keyring and a prompt).
  start_keyring() {
    local dir="$1" password
    mkdir -p "$dir/data" "$dir/run" && chmod 700 "$dir/run"
    password="$(head -c 24 /dev/urandom | base64)"
    # --unlock reads the password from stdin; with no login keyring yet it creates one with that
    # password and makes it the default collection. Only the daemon sees these XDG dirs.
    printf '%s' "$password" | XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run" gnome-keyring-daemon --start --components=secrets >/dev/null
  }
  # A daemon that came up before its login keyring was ready asks for a prompt no one can answer:
  # give it a moment, then start afresh (up to three tries) before giving up.
  ready=0
  for attempt in 1 2 3; do
    start_keyring "$keyring_home/$attempt"
    for _ in 1 2 3; do
      if probe_secret_service; then ready=1; break; fi
      sleep 1
    done
    [ "$ready" = 1 ] && break
    echo "with-secret-service: the throwaway keyring did not answer (try $attempt); starting it again." >&2
    stop_our_keyrings
    sleep 1
  done
  if [ "$ready" != 1 ]; then
    echo "with-secret-service: gnome-keyring started but secret-tool could not store/read a secret." >&2
    exit 1
  fi
  unset APPROVAL_TRAY_IN_KEYRING_SESSION
  export APPROVAL_TRAY_SECRET_SERVICE=gnome-keyring
  # Not exec: the trap must remove the throwaway keyring when the command ends.
  status=0
  "$@" || status=$?
  exit "$status"
fi

if command -v secret-tool >/dev/null 2>&1 && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && probe_secret_service; then
  exec "$@"
fi

# macOS and Windows have their keychain built in: nothing to start.
case "$(uname -s)" in Linux) ;; *) exec "$@" ;; esac

for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-secret-service: '$tool' is missing. Install: apt-get install dbus gnome-keyring libsecret-tools" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    # A developer box without them: run anyway; the keychain tests then say loudly that they skip.
    echo "with-secret-service: running WITHOUT a Secret Service; keychain tests will be skipped." >&2
    exec "$@"
  fi
done

export APPROVAL_TRAY_IN_KEYRING_SESSION=1
exec dbus-run-session -- bash "$0" "$@"
