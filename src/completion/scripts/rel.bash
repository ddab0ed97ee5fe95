# The hand-written part of `rel completion bash` (src/completion/bash.ts puts the generated
# _rel_subcommands, _rel_flags, _rel_flag_value and _rel_takes_name functions before it).
# Contact names from the journal; a name with spaces or quotes comes back single-quoted.
_rel_names() {
  local typed="$1" name
  typed="${typed#[\"\']}"
  typed="${typed//\\/}"
  while IFS= read -r name; do
    if [[ $name =~ ^[[:alnum:]._@+-]+$ ]]; then
      COMPREPLY+=("$name")
    else
      COMPREPLY+=("'${name//\'/\'\\\'\'}'")
    fi
  done < <("${_rel_cmd[@]}" __complete names -- "$typed" 2>/dev/null)
}

_rel() {
  COMPREPLY=()
  local cur="${COMP_WORDS[COMP_CWORD]}" cmdpath='' word kind subs flag i value_at positionals=0
  local -a _rel_cmd=("${COMP_WORDS[0]/#\~/$HOME}")
  # Walk the words before the cursor: command words, flags (skipping their values), arguments.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    if [[ $word == -* ]]; then
      value_at=$((i + 1))
      [[ ${COMP_WORDS[value_at]} == = ]] && value_at=$((i + 2))
      if ((value_at < COMP_CWORD)) && _rel_flag_value "$cmdpath|$word" >/dev/null; then
        [[ $word == --db ]] && _rel_cmd+=(--db "${COMP_WORDS[value_at]/#\~/$HOME}")
        i=$value_at
      fi
    elif ((positionals == 0)) && [[ " $(_rel_subcommands "$cmdpath") " == *" $word "* ]]; then
      cmdpath="${cmdpath:+$cmdpath }$word"
    else
      positionals=$((positionals + 1))
    fi
  done
  [[ $cur == = ]] && return 0
  flag="${COMP_WORDS[COMP_CWORD - 1]}"
  [[ $flag == = ]] && ((COMP_CWORD > 2)) && flag="${COMP_WORDS[COMP_CWORD - 2]}"
  if ((COMP_CWORD > 1)) && [[ $flag == -* ]] && kind=$(_rel_flag_value "$cmdpath|$flag"); then
    case "$kind" in
      name) _rel_names "$cur" ;;
      file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
      choice:*) COMPREPLY=($(compgen -W "${kind#choice:}" -- "$cur")) ;;
    esac
    return 0
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_rel_flags "$cmdpath")" -- "$cur"))
  elif ((positionals == 0)); then
    subs="$(_rel_subcommands "$cmdpath")"
    if [[ -n $subs ]]; then
      COMPREPLY=($(compgen -W "$subs" -- "$cur"))
    elif _rel_takes_name "$cmdpath"; then
      _rel_names "$cur"
    fi
  fi
  return 0
}

complete -F _rel rel
