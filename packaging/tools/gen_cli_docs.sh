#!/usr/bin/env bash
# Generates the man pages and the bash completion from the built programs' own --help,
# so they list exactly the commands and options that are registered (no drift).
#   gen_cli_docs.sh CLI GUI|- VERSION DATE TEMPLATE_DIR OUT_DIR
# Writes OUT_DIR/shardgate-cli.1.gz, OUT_DIR/shardgate.1.gz (when GUI is given) and
# OUT_DIR/shardgate-cli (bash completion).
set -euo pipefail

cli=$1 gui=$2 version=$3 date=$4 templates=$5 out=$6
mkdir -p "$out"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen SHARDGATE_HOME="$out/.no-home"
# The programs only print their help; give Qt a private runtime folder so it does not warn.
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

# roff-escapes stdin: backslashes, hyphens and a leading dot or quote.
roff_escape() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\([.']\)/\\\\\&\1/"; }

# Prints the option lines of a QCommandLineParser help text as "synopsis<TAB>description",
# joining wrapped description lines.
help_options() {
  awk '
    /^Options:/ { inopt = 1; next }
    /^[^ ]/ { if (syn != "") print syn "\t" desc; syn = ""; inopt = 0; next }
    inopt && /^  -/ {
      if (syn != "") print syn "\t" desc
      line = substr($0, 3)
      n = match(line, /   */)
      if (n) { syn = substr(line, 1, n - 1); desc = substr(line, n + RLENGTH) }
      else { syn = line; desc = "" }
      next
    }
    inopt && /^ +[^ ]/ { sub(/^ +/, ""); desc = desc " " $0; next }
    END { if (syn != "") print syn "\t" desc }
  '
}

# Long option names (--x) from help_options output.
option_names() { cut -f1 | { grep -o -- '--[A-Za-z0-9][A-Za-z0-9-]*' || true; } | sort -u; }

# Options as roff .TP paragraphs.
options_roff() {
  while IFS=$'\t' read -r syn desc; do
    printf '.TP\n.B %s\n%s\n' "$(printf '%s' "$syn" | roff_escape)" "$(printf '%s' "$desc" | roff_escape)"
  done
}

top=$("$cli" --help)
commands=$(printf '%s\n' "$top" | awk '/^Commands:/ { c = 1; next } c && /^  [a-z]/ { print $1 } c && /^$/ { c = 0 }')

# --- shardgate-cli(1) ---
{
  printf '.\\" Generated from shardgate-cli --help by packaging/tools/gen_cli_docs.sh.\n'
  while IFS= read -r line; do
    case "$line" in
      @COMMANDS@)
        for c in $commands; do
          help=$("$cli" "$c" --help 2>/dev/null || true)
          # The usage line names the program by its path; show "shardgate-cli <command>".
          usage=$(printf '%s\n' "$help" | sed -n 's/^Usage: //p' | head -n1 |
                  sed -E "s#^[^ ]*shardgate-cli( $c)?( |\$)#shardgate-cli $c\\2#")
          summary=$(printf '%s\n' "$top" | awk -v c="$c" '$1 == c { $1 = ""; sub(/^ +/, ""); print; exit }')
          printf '.SS %s\n' "$(printf '%s' "$c" | roff_escape)"
          printf '%s\n' "$(printf '%s' "$summary" | roff_escape)"
          printf '.PP\n.B %s\n' "$(printf '%s' "$usage" | roff_escape)"
          printf '.RS\n'
          printf '%s\n' "$help" | help_options | { grep -v -E '^(-h, --help|--home|--db|--json)([ ]|	)' || true; } | options_roff
          printf '.RE\n'
        done
        ;;
      *) printf '%s\n' "$line" | sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$date/g" ;;
    esac
  done < "$templates/shardgate-cli.1.in"
} > "$out/shardgate-cli.1"
gzip -n -9 -f "$out/shardgate-cli.1"

# --- shardgate(1) ---
if [ "$gui" != "-" ]; then
  guihelp=$("$gui" --help)
  {
    printf '.\\" Generated from shardgate --help by packaging/tools/gen_cli_docs.sh.\n'
    while IFS= read -r line; do
      case "$line" in
        @OPTIONS@) printf '%s\n' "$guihelp" | help_options | options_roff ;;
        *) printf '%s\n' "$line" | sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$date/g" ;;
      esac
    done < "$templates/shardgate.1.in"
  } > "$out/shardgate.1"
  gzip -n -9 -f "$out/shardgate.1"
fi

# --- bash completion ---
{
  cat <<'HEAD'
# bash completion for shardgate-cli
# Generated from shardgate-cli --help by packaging/tools/gen_cli_docs.sh.

_shardgate_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

HEAD
  printf '    local commands="%s"\n' "$(printf '%s ' $commands | sed 's/ $//')"
  printf '    local common="--home --db --json --help"\n\n'
  cat <<'MID'
    # Options that take a file or folder argument.
    case $prev in
        --home|--out|--dir|--key|--license|--config|--api-key-file|--passphrase-file|--bundle|--vkey)
            COMPREPLY=($(compgen -f -- "$cur"))
            compopt -o filenames 2>/dev/null
            return ;;
        --db|--edge|--listen|--api-key|--manifest|--dataset|--version|--credits|--ttl|--connections|--shard-size|--threads)
            return ;;
    esac

    # The command is the first word that is neither an option nor the value of --home/--db.
    local i command=
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --home|--db) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version --home --db" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands help" -- "$cur"))
        fi
        return
    fi

    local options=
    case $command in
MID
  for c in $commands; do
    help=$("$cli" "$c" --help 2>/dev/null || true)
    opts=$(printf '%s\n' "$help" | help_options | option_names | tr '\n' ' ' | sed 's/ $//')
    # Sub-commands named in the usage line as a|b|c.
    subs=$(printf '%s\n' "$help" | sed -n 's/^Usage: //p' | head -n1 | grep -o -E '[a-z][a-z-]*(\|[a-z][a-z-]*)+' | head -n1 | tr '|' ' ' || true)
    printf '        %s)\n            options="%s"\n' "$c" "$opts"
    if [ -n "$subs" ]; then
      printf '            if [[ $cur != -* && ${words[cword-1]} == "%s" ]]; then\n' "$c"
      printf '                COMPREPLY=($(compgen -W "%s" -- "$cur")); return\n            fi\n' "$subs"
    fi
    printf '            ;;\n'
  done
  printf '        help)\n            COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;\n'
  cat <<'TAIL'
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $common" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
        compopt -o filenames 2>/dev/null
    fi
} &&
    complete -F _shardgate_cli shardgate-cli
TAIL
} > "$out/shardgate-cli"
