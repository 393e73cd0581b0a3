#!/bin/sh
# Starts HeadBack's app image as its own bin/HeadBack does, from the same lib/app/HeadBack.cfg, without the
# package-manager lookups (rpm -qf, dpkg -S) that launcher makes at every start. The menu entry runs this one.
set -e
self=$(readlink -f "$0")
root=${self%/bin/*}
app=$root/lib/app

# Replaces every $APPDIR, $BINDIR and $ROOTDIR in $1; the result in $value.
expand() {
    value=$1
    for name in APPDIR BINDIR ROOTDIR; do
        case $name in
            APPDIR) dir=$app ;;
            BINDIR) dir=$root/bin ;;
            ROOTDIR) dir=$root ;;
        esac
        done_part=
        rest=$value
        while :; do
            case $rest in
                *"\$$name"*)
                    done_part=$done_part${rest%%"\$$name"*}$dir
                    rest=${rest#*"\$$name"}
                    ;;
                *) break ;;
            esac
        done
        value=$done_part$rest
    done
}

# The user's arguments stay first until the options are added after them, then go to the end.
count=$#
main=
classpath=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.mainclass=*) main=${line#app.mainclass=} ;;
        app.classpath=*)
            expand "${line#app.classpath=}"
            classpath=${classpath:+$classpath:}$value
            ;;
        java-options=*)
            expand "${line#java-options=}"
            set -- "$@" "$value"
            ;;
    esac
done < "$app/HeadBack.cfg"
set -- "$@" "-Djpackage.app-path=$root/bin/HeadBack" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
    argument=$1
    shift
    set -- "$@" "$argument"
    count=$((count - 1))
done
exec "$root/lib/runtime/bin/HeadBack" "$@"
