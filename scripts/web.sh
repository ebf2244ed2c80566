#!/usr/bin/env bash
# The reference portfolio page (examples/portfolio-web) as a host runs it: nginx + PHP-FPM on 127.0.0.1 with PHP's
# default ffi.enable=preload and the binding preloaded, the installed library (build/stage, from `make stage`),
# and a Ralph LRS for the xAPI button. Everything listens on 127.0.0.1 only and stops with this script.
#
#   scripts/web.sh              start, print the address, run until Ctrl-C (make web; PORT=8080 by default)
#   scripts/web.sh --test       start on free ports with fresh data, run the browser test, stop (make web-test)
#
# The page also listens over HTTPS (a self-signed certificate made here): an LMS launches a tool only over HTTPS,
# and its cookies must be Secure to live in the LMS's iframe. The test starts an LTI 1.3 platform emulator
# (Tests/web/lti_platform.py) on another site (http://localhost) and runs Tests/web/lti_test.py against both.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mode=${1:-serve}
work=$root/build/portfolio-web
app=$root/examples/portfolio-web
# Where the page is mounted: / to use it, a plug-in's sub-path when tested.
mount=/
[ "$mode" = --test ] && mount=/mod/impact/
outside=""
webroot=$app/public
if [ "$mount" != / ]; then
    outside="location / { return 404; }"
    webroot=$root/build/portfolio-web/webroot
fi
fpm=$(command -v php-fpm8.2 || ls /usr/sbin/php-fpm8.2 2>/dev/null)
nginx=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null)
library=$root/build/stage/lib/libimpactkit.so.1
# Each missing piece by name, with what installs it (a missing venv was reported as "php8.2-fpm, nginx … needed").
missing=""
[ -n "$fpm" ] && [ -e "$fpm" ] || missing="$missing php8.2-fpm"
[ -n "$nginx" ] && [ -e "$nginx" ] || missing="$missing nginx"
[ -e "$root/build/xapi-venv/bin/python" ] || missing="$missing build/xapi-venv (the Ralph LRS)"
[ "$mode" != --test ] || [ -e "$root/build/web-venv/bin/python" ] || missing="$missing build/web-venv (Selenium)"
[ "$mode" != --test ] || command -v chromium > /dev/null || missing="$missing chromium"
[ -z "$missing" ] || { echo "web: missing:$missing — make deps installs them" >&2; exit 2; }
[ -e "$library" ] || { echo "web: $library is missing (make stage)" >&2; exit 2; }
user=www-data
[ "$(id -u)" = 0 ] || user=$(id -un)

if [ "$mode" = --test ]; then
    rm -rf "$work"
    read -r web_port fpm_port lrs_port tls_port lms_port lms2_port < <(python3 -c 'import socket
s=[socket.socket() for _ in range(6)]
[x.bind(("127.0.0.1", 0)) for x in s]
print(*[x.getsockname()[1] for x in s])')
else
    web_port=${PORT:-8080}
    tls_port=${TLS_PORT:-8443}
    read -r fpm_port lrs_port < <(python3 -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1", 0)) for x in s]
print(*[x.getsockname()[1] for x in s])')
fi
mkdir -p "$work/run" "$work/ralph/lrs"
# The HTTPS certificate (self-signed, for 127.0.0.1 and localhost, two days).
[ -s "$work/run/tls.crt" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$work/run/tls.key" -out "$work/run/tls.crt" 2>/dev/null || exit 1
if [ "$mount" != / ]; then
    mkdir -p "$webroot$(dirname "$mount")"
    ln -sfn "$app/public" "$webroot${mount%/}"
fi
data=$work/data

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; }
trap stop EXIT
trap 'exit 130' INT TERM

# The data folder (outside the web root), seeded through the library; the pool's user owns it.
IMPACTKIT_LIBRARY=$library php -d ffi.enable=1 "$app/seed.php" "$data" || exit 1
[ "$(id -u)" = 0 ] && chown -R "$user:$user" "$data"
# PHP's log, writable by the pool's user: else PHP (running as www-data under root) cannot open it, logs to
# FPM's stderr instead, and the check after the test never sees an error.
mkdir -p "$work/run" && : > "$work/run/php-errors.log"
[ "$(id -u)" = 0 ] && chown "$user:$user" "$work/run/php-errors.log"

# Ralph, with one account for the page.
lrs_user=portfolio
lrs_password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
"$root/build/xapi-venv/bin/python" - "$work/ralph/auth.json" "$lrs_user" "$lrs_password" <<'PY'
import bcrypt, json, sys
path, user, password = sys.argv[1:]
json.dump([{"agent": {"mbox": "mailto:portfolio@example.org"}, "scopes": ["all"], "username": user,
            "hash": bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()}], open(path, "w"))
PY
RALPH_APP_DIR=$work/ralph RALPH_RUNSERVER_BACKEND=fs RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=$work/ralph/lrs \
    "$root/build/xapi-venv/bin/python" "$root/Tests/xapi/ralph_lrs.py" "$lrs_port" > "$work/run/ralph.log" 2>&1 &
pids+=($!)

# The LTI platform emulator (test only) and the tool's registration of it (docs/lti.md).
lti_env=""
if [ "$mode" = --test ]; then
    tool_url=https://127.0.0.1:$tls_port$mount
    "$root/build/web-venv/bin/python" "$root/Tests/web/lti_platform.py" "$lms_port" "$tool_url" "$work/run/tls.crt" \
        > "$work/run/lti-platform.log" 2>&1 &
    pids+=($!)
    # A second platform, not in the file: the test registers the tool with it by Dynamic Registration.
    "$root/build/web-venv/bin/python" "$root/Tests/web/lti_platform.py" "$lms2_port" "$tool_url" "$work/run/tls.crt" --dynamic \
        > "$work/run/lti-platform-dynamic.log" 2>&1 &
    pids+=($!)
    cat > "$work/run/lti-platforms.json" <<JSON
[{"issuer": "http://localhost:$lms_port", "client_id": "impactkit-test", "deployment_ids": ["dep-1"],
  "auth_login_url": "http://localhost:$lms_port/auth", "auth_token_url": "http://127.0.0.1:$lms_port/token",
  "keyset_url": "http://127.0.0.1:$lms_port/jwks"}]
JSON
    lti_env="env[PORTFOLIO_LTI_PLATFORMS] = $work/run/lti-platforms.json"
elif [ -n "${PORTFOLIO_LTI_PLATFORMS:-}" ]; then
    # make web with a real LMS: PORTFOLIO_LTI_PLATFORMS=/path/platforms.json make web (docs/lti.md)
    # Absolute: PHP-FPM's workers would resolve a relative path against their own working folder.
    lti_env="env[PORTFOLIO_LTI_PLATFORMS] = $(realpath "$PORTFOLIO_LTI_PLATFORMS")"
fi

salt=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
cat > "$work/run/fpm.conf" <<CONF
[global]
pid = $work/run/fpm.pid
error_log = $work/run/fpm.log
daemonize = no
[portfolio]
user = $user
group = $user
listen = 127.0.0.1:$fpm_port
pm = static
pm.max_children = 2
clear_env = yes
env[IMPACTKIT_LIBRARY] = $library
env[PORTFOLIO_DATA] = $data
env[PORTFOLIO_HOMEPAGE] = https://portfolio.example.org
env[PORTFOLIO_PSEUDONYM_SALT] = $salt
env[PORTFOLIO_LRS] = http://127.0.0.1:$lrs_port/xAPI
env[PORTFOLIO_LRS_USER] = $lrs_user
env[PORTFOLIO_LRS_PASSWORD] = $lrs_password
$lti_env
php_admin_value[error_log] = $work/run/php-errors.log
; The page's one upload limit is its config's max_document_bytes (1 MiB); PHP and nginx take more, so that every
; size over it reaches the page and gets the page's own sentence (nginx sends what is larger still back to it).
php_admin_value[upload_max_filesize] = 8M
php_admin_value[post_max_size] = 16M
php_admin_flag[display_errors] = off
CONF
# PHP's default ffi.enable (preload) is left alone: the binding is preloaded, as a production server would do it.
"$fpm" --nodaemonize -R --fpm-config "$work/run/fpm.conf" -d opcache.enable=1 \
    -d opcache.preload="$root/bindings/php/preload.php" -d opcache.preload_user="$user" 2> "$work/run/fpm.stderr" &
pids+=($!)

cat > "$work/run/nginx.conf" <<CONF
worker_processes 1;
pid $work/run/nginx.pid;
error_log $work/run/nginx-error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    access_log $work/run/nginx-access.log;
    client_body_temp_path $work/run/body; fastcgi_temp_path $work/run/fastcgi; proxy_temp_path $work/run/proxy;
    uwsgi_temp_path $work/run/uwsgi; scgi_temp_path $work/run/scgi;
    client_max_body_size 16m;
    server {
        listen 127.0.0.1:$web_port;
        listen 127.0.0.1:$tls_port ssl;
        ssl_certificate $work/run/tls.crt;
        ssl_certificate_key $work/run/tls.key;
        # Over client_max_body_size: back to the page, which says how large a canvas may be (not nginx's bare 413).
        error_page 413 =303 \$scheme://\$http_host\$uri?\$args&too_large=1;
        # Mounted under $mount (/ for make web; /mod/impact/ for the browser test, as an LMS plug-in lives):
        # anything outside it is 404, so a link or a post that assumes / is caught.
        root $webroot;
        location $mount { try_files \$uri ${mount}index.php\$is_args\$args; }
        location = ${mount}index.php {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $app/public/index.php;
            fastcgi_pass 127.0.0.1:$fpm_port;
        }
        location ~ \.php\$ { return 404; }
        $outside
    }
}
CONF
"$nginx" -c "$work/run/nginx.conf" -p "$work/run" -g 'daemon off;' 2> "$work/run/nginx.stderr" &
pids+=($!)

url=http://127.0.0.1:$web_port$mount
for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$lrs_port/__heartbeat__" && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] && break
    sleep 0.2
done
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" != 200 ]; then
    echo "web: the page did not start; see $work/run/" >&2
    tail -5 "$work/run/"*.log >&2
    exit 1
fi

if [ "$mode" = --test ]; then
    php "$root/Tests/web/check_words.php" || exit 1
    IMPACTKIT_LIBRARY=$library php -d ffi.enable=1 "$root/Tests/web/check_jwks.php" || exit 1
    [ "${WEB_TEST_ONLY:-}" = lti ] || PORTFOLIO_URL=$url PORTFOLIO_LRS=http://127.0.0.1:$lrs_port/xAPI PORTFOLIO_LRS_USER=$lrs_user \
        PORTFOLIO_LRS_PASSWORD=$lrs_password PORTFOLIO_SHOTS=$work/screenshots PORTFOLIO_DATA=$data \
        PORTFOLIO_PHP_ERRORS=$work/run/php-errors.log \
        "$root/build/web-venv/bin/python" "$root/Tests/web/browser_test.py"
    status=$?
    [ "${WEB_TEST_ONLY:-}" = lti ] && status=0
    PORTFOLIO_TOOL=$tool_url PORTFOLIO_LMS=http://localhost:$lms_port PORTFOLIO_LMS_SERVICES=http://127.0.0.1:$lms_port \
        PORTFOLIO_LMS_DYNAMIC=http://127.0.0.1:$lms2_port \
        PORTFOLIO_DATA=$data PORTFOLIO_SHOTS=$work/screenshots PORTFOLIO_CA=$work/run/tls.crt \
        "$root/build/web-venv/bin/python" "$root/Tests/web/lti_test.py" || status=1
    # The page's own notes of refused LTI launches and registrations are expected (the refusal tests provoke them);
    # nothing else.
    if grep -v '] portfolio: LTI \(registration \)\?refused: ' "$work/run/php-errors.log" | grep -q .; then
        echo "web: PHP logged errors:" >&2; cat "$work/run/php-errors.log" >&2; status=1
    fi
    exit $status
fi
echo "portfolio: $url and https://127.0.0.1:$tls_port$mount   (LRS http://127.0.0.1:$lrs_port/xAPI, data in $data; Ctrl-C stops)"
wait
