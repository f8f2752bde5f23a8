#!/bin/sh
# Installs maturity from this unpacked release folder, without Swift or a compiler.
#
# What:  copies the programs, the manual page, the shell completions and the guides to
#        /usr/local (when run as root) or ~/.local (otherwise), writes the list of what it
#        copied, checks that the installed program starts, and says what it did.
# How:   sh install.sh                  install (root: /usr/local; others: ~/.local)
#        sh install.sh --prefix DIR     install under DIR instead
#        sh install.sh --uninstall      remove what an earlier install.sh put there
#                                       (with the same --prefix, if one was given)
# Needs: a POSIX shell and coreutils; at run time the programs need the C and C++ libraries
#        and ncurses (Debian and Ubuntu: the package libncursesw6), which every desktop and
#        server install of Debian or Ubuntu has. docs/install.md says more.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=""
action=install

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
                  prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

root=no
[ "$(id -u)" -eq 0 ] && root=yes
if [ -z "$prefix" ]; then
    if [ "$root" = yes ]; then prefix=/usr/local; else prefix=$HOME/.local; fi
fi
case "$prefix" in /*) ;; *) prefix=$(pwd)/$prefix ;; esac

# Where each kind of file goes. Bash finds completions under PREFIX/share through the PATH
# and XDG_DATA_DIRS; zsh reads /usr/local/share/zsh/site-functions; fish reads
# /etc/fish/completions for everyone and ~/.local/share/fish/vendor_completions.d for one user.
bin=$prefix/bin
libexec=$prefix/lib/maturity
man1=$prefix/share/man/man1
doc=$prefix/share/doc/maturity
bash_completions=$prefix/share/bash-completion/completions
zsh_completions=$prefix/share/zsh/site-functions
if [ "$root" = yes ] && [ "$prefix" = /usr/local ]; then
    fish_completions=/etc/fish/completions
else
    fish_completions=$prefix/share/fish/vendor_completions.d
fi
manifest=$doc/installed-files

if [ "$action" = uninstall ]; then
    if [ ! -f "$manifest" ]; then
        echo "Nothing to remove: $manifest is missing (was maturity installed with --prefix?)." >&2
        exit 1
    fi
    removed=0
    while IFS= read -r file; do
        if [ -e "$file" ] || [ -L "$file" ]; then rm -f "$file"; removed=$((removed + 1)); fi
    done < "$manifest"
    rm -f "$manifest"
    # Folders of our own only; shared ones such as bin stay.
    find "$doc" -depth -type d -empty -delete 2>/dev/null || true
    rmdir "$libexec" 2>/dev/null || true
    echo "Removed maturity: $removed files under $prefix."
    echo "Your answers and reports are where you saved them; nothing of yours was touched."
    exit 0
fi

for file in bin/maturity lib/maturity/maturity-workshop share/man/man1/maturity.1; do
    [ -f "$here/$file" ] || { echo "install.sh: $here/$file is missing: unpack the whole release first." >&2; exit 1; }
done

installed=""
# put MODE SOURCE DESTINATION_FOLDER [NAME]
put() {
    mkdir -p "$3"
    target=$3/${4:-$(basename "$2")}
    # A new file replaces the old in one step, so a running maturity keeps its own copy.
    cp "$here/$2" "$target.new.$$"
    chmod "$1" "$target.new.$$"
    mv -f "$target.new.$$" "$target"
    installed="$installed$target
"
}

put 755 bin/maturity "$bin"
put 755 lib/maturity/maturity-workshop "$libexec"
put 644 share/man/man1/maturity.1 "$man1"
put 644 share/bash-completion/completions/maturity "$bash_completions"
put 644 share/zsh/site-functions/_maturity "$zsh_completions"
put 644 share/fish/vendor_completions.d/maturity.fish "$fish_completions"
# The guides and the licences, folders and all.
for file in $(cd "$here" && find share/doc/maturity -type f | sort); do
    put 644 "$file" "$prefix/$(dirname "$file")"
done
# An upgrade: what the earlier version installed and this one does not is removed.
if [ -f "$manifest" ]; then
    printf '%s' "$installed" > "$manifest.new.$$"
    while IFS= read -r file; do
        grep -qxF -- "$file" "$manifest.new.$$" || rm -f "$file"
    done < "$manifest"
    rm -f "$manifest.new.$$"
fi
printf '%s' "$installed" > "$manifest"

echo "Installed maturity under $prefix:"
echo "  $bin/maturity                      the program"
echo "  $libexec/maturity-workshop   the workshop room's server (maturity workshop)"
echo "  $man1/maturity.1               the manual: man maturity"
echo "  completions for bash, zsh and fish; the guides in $doc"
echo "  (the list of files is in $manifest; sh install.sh --uninstall removes them)"

if ! version=$("$bin/maturity" --version 2>&1); then
    echo
    echo "But the installed program does not start:"
    echo "$version" | sed 's/^/  /'
    echo "It needs the ncurses library: on Debian or Ubuntu, sudo apt-get install libncursesw6"
    exit 1
fi
echo "maturity $version starts."

case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo
       echo "$bin is not on your PATH yet. Log out and in again (Debian and Ubuntu add ~/.local/bin"
       echo "when it exists), or add this line to ~/.profile: export PATH=\"$bin:\$PATH\"" ;;
esac
if [ "$root" = no ] && [ "$zsh_completions" != /usr/local/share/zsh/site-functions ]; then
    echo
    echo "For completion in zsh, add this line to ~/.zshrc before compinit: fpath+=($zsh_completions)"
fi
echo
echo "Start with: maturity"
