#!/usr/bin/env bash
# Prints the README's command reference: `kb --help` and each command's help.
# Usage: scripts/cli_reference.sh PATH/TO/kb
set -euo pipefail
kb=${1:?usage: cli_reference.sh PATH/TO/kb}
export COLUMNS=100
commands=$("$kb" --help | awk '/^SUBCOMMANDS:/{on=1; next} on && /^  [a-z]/{print $1}')
printf '### kb\n\n```\n'
"$kb" --help
printf '```\n'
for c in $commands; do
  [ "$c" = help ] && continue
  printf '\n### kb %s\n\n```\n' "$c"
  "$kb" help "$c"
  printf '```\n'
done
