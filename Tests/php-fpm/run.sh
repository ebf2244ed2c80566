#!/usr/bin/env bash
# The PHP binding in production: PHP-FPM (Debian php8.2-fpm) behind nginx on 127.0.0.1, PHP's default
# ffi.enable=preload, the page Tests/php-fpm/page.php requested over HTTP. With bindings/php/preload.php in
# opcache.preload the page evaluates a canvas and draws it; without it the page shows the error that names the
# php.ini setting to change. Servers are started here and always stopped. Prints "php-fpm: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$root/build/php-fpm
rm -rf "$work" && mkdir -p "$work"
fpm=$(command -v php-fpm8.2 || ls /usr/sbin/php-fpm8.2 2>/dev/null)
nginx=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null)
if [ -z "$fpm" ] || [ -z "$nginx" ]; then echo "php-fpm: php8.2-fpm and nginx are needed (make deps installs them)" >&2; exit 2; fi
user=www-data
[ "$(id -u)" = 0 ] || user=$(id -un)   # without root the pool runs as ourselves

# Free ports on 127.0.0.1, chosen by the kernel.
read -r fpm_port web_port < <(python3 -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1", 0)) for x in s]
print(*[x.getsockname()[1] for x in s])')

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; }
trap stop EXIT

cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 64; }
http {
    access_log $work/nginx-access.log;
    client_body_temp_path $work/body; fastcgi_temp_path $work/fastcgi; proxy_temp_path $work/proxy;
    uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
    server {
        listen 127.0.0.1:$web_port;
        root $root/Tests/php-fpm;
        location ~ \.php\$ {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
            fastcgi_pass 127.0.0.1:$fpm_port;
        }
    }
}
CONF
"$nginx" -c "$work/nginx.conf" -p "$work" -g 'daemon off;' 2> "$work/nginx.stderr" &
pids+=($!)

passed=0
failed=0
verdict() { if [ "$1" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $2" >&2; fi; }

# One PHP-FPM run: its php.ini additions as -d flags; the page's body goes to $work/$name.html.
serve() {
    local name=$1; shift
    cat > "$work/$name-fpm.conf" <<CONF
[global]
pid = $work/$name-fpm.pid
error_log = $work/$name-fpm.log
daemonize = no
[www]
user = $user
group = $user
listen = 127.0.0.1:$fpm_port
pm = static
pm.max_children = 1
clear_env = no
CONF
    "$fpm" --nodaemonize -R --fpm-config "$work/$name-fpm.conf" -d opcache.enable=1 "$@" 2> "$work/$name-fpm.stderr" &
    local pid=$!
    for _ in $(seq 50); do
        status=$(curl -s -o "$work/$name.html" -w '%{http_code}' "http://127.0.0.1:$web_port/page.php" || true)
        [ "$status" != 000 ] && [ "$status" != 502 ] && break
        sleep 0.2
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    echo "$status"
}

# 1. The production setup: ffi.enable left at PHP's default (preload), the binding preloaded.
status=$(serve preloaded -d opcache.preload="$root/bindings/php/preload.php" -d opcache.preload_user=$user)
grep -q 'ffi.enable=preload' "$work/preloaded.html"; verdict $? "ffi.enable is not PHP's default preload"
[ "$status" = 200 ]; verdict $? "preloaded: HTTP $status (see $work/preloaded.html, $work/preloaded-fpm.log)"
grep -q 'Samen gezond in Bottendaal: 12 kaarten, 2 gedekt' "$work/preloaded.html"; verdict $? "preloaded: no figures"
grep -q '<svg xmlns="http://www.w3.org/2000/svg"' "$work/preloaded.html"; verdict $? "preloaded: no poster"

# 2. The same server without the preload: the error names the php.ini settings, not the library's path.
status=$(serve bare)
[ "$status" = 500 ]; verdict $? "not preloaded: HTTP $status, expected the page's 500"
grep -q 'opcache.preload=.*preload.php' "$work/bare.html"; verdict $? "not preloaded: the error does not name opcache.preload"
! grep -q 'IMPACTKIT_LIBRARY' "$work/bare.html"; verdict $? "not preloaded: the error still blames the library path"

# 3. The guard (bindings/php/preload-guard.php, kept outside the plugin): with the plugin in place the binding is
#    preloaded; with the plugin gone PHP-FPM still starts and answers (the page's 500, not a 502 for the whole site),
#    where pointing opcache.preload at the missing file directly stops PHP-FPM.
cp bindings/php/preload-guard.php "$work/guard.php"
status=$(IMPACTKIT_PRELOAD="$root/bindings/php/preload.php" serve guarded -d opcache.preload="$work/guard.php" -d opcache.preload_user=$user)
[ "$status" = 200 ]; verdict $? "guarded preload: HTTP $status (see $work/guarded.html)"
grep -q 'Samen gezond in Bottendaal: 12 kaarten, 2 gedekt' "$work/guarded.html"; verdict $? "guarded preload: no figures"
status=$(IMPACTKIT_PRELOAD="$work/moved-away/preload.php" serve plugin-gone -d opcache.preload="$work/guard.php" -d opcache.preload_user=$user)
[ "$status" = 500 ]; verdict $? "guarded preload, plugin gone: HTTP $status, expected the page's 500 (FPM up)"
grep -q 'is not there (plugin moved or removed?)' "$work/plugin-gone-fpm.stderr" "$work/plugin-gone-fpm.log" 2>/dev/null
verdict $? "guarded preload, plugin gone: the log does not say why"
grep -q 'did not load the binding from .*the PHP-FPM log has a line' "$work/plugin-gone.html"
verdict $? "guarded preload, plugin gone: the page still says to add the opcache.preload that is there"
status=$(serve direct-gone -d opcache.preload="$work/moved-away/preload.php" -d opcache.preload_user=$user)
[ "$status" = 000 ] || [ "$status" = 502 ]; verdict $? "direct preload of a missing file: HTTP $status, expected FPM down (why the guard exists)"

echo "php-fpm: $passed passed, $failed failed"
[ "$failed" = 0 ]
