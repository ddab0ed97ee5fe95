# The hand-written part of `rel completion zsh` (src/completion/zsh.ts puts the generated
# data functions and the description functions before it).
# Contact names; with a name ($1), only that person's relatives.
_rel_names() {
  local -a names lookup=(names)
  (($#)) && lookup=(relatives --of "$1")
  # Inside quotes PREFIX is what follows the quote, written for it ('Zoë O'\''B gives Zoë O'\''B):
  # quoted again, (Q) reads it as the shell will.
  local quote=${compstate[quote]}
  [[ $quote == [\'\"] ]] || quote=''
  names=("${(@f)$("${relcmd[@]}" __complete "${lookup[@]}" -- "${(Q)${:-$quote$PREFIX$quote}}" 2>/dev/null)}")
  names=(${names:#})
  # -U: the journal already matched the prefix, ignoring case and accents.
  (( ${#names} )) && compadd -U -- "${names[@]}"
}

# Completes a value of the kind $1 (what _rel_flag_value or _rel_arg_value says); $2 is the
# command's first argument, whose relatives a relative is.
_rel_value() {
  case "$1" in
    name) _rel_names ;;
    relative) _rel_names "$2" ;;
    file) _files ;;
    choice:*) compadd -- ${=${1#choice:}} ;;
  esac
}

_rel() {
  local cur="${words[CURRENT]}" cmdpath='' word kind subs flag i value_at positionals=0 first=''
  local -a relcmd described
  relcmd=("${words[1]/#\~/$HOME}")
  for ((i = 2; i < CURRENT; i++)); do
    word="${words[i]}"
    if [[ $word == -* ]]; then
      value_at=$((i + 1))
      if [[ $word != *=* ]] && ((value_at < CURRENT)) && _rel_flag_value "$cmdpath|$word" >/dev/null; then
        [[ $word == --db ]] && relcmd+=(--db "${words[value_at]/#\~/$HOME}")
        i=$value_at
      fi
      [[ $word == --db=* ]] && relcmd+=(--db "${word#--db=}")
    elif ((positionals == 0)) && [[ " $(_rel_subcommands "$cmdpath") " == *" $word "* ]]; then
      cmdpath="${cmdpath:+$cmdpath }$word"
    else
      ((positionals == 0)) && first="${(Q)word}"
      positionals=$((positionals + 1))
    fi
  done
  if [[ $cur == -*=* ]]; then
    flag="${cur%%=*}"
    compset -P '*='
  else
    flag="${words[CURRENT - 1]}"
  fi
  if ((CURRENT > 2 || ${#flag} > 0)) && [[ $flag == -* ]] && kind=$(_rel_flag_value "$cmdpath|$flag"); then
    _rel_value "$kind" "$first"
    return 0
  fi
  if [[ $cur == -* ]]; then
    described=("${(@f)$(_rel_flag_help "$cmdpath")}")
    _describe -t options 'rel option' described
  elif ((positionals == 0)) && subs="$(_rel_subcommands "$cmdpath")" && [[ -n $subs ]]; then
    described=("${(@f)$(_rel_command_help "$cmdpath")}")
    _describe -t commands 'rel command' described
  elif kind=$(_rel_arg_value "$cmdpath|$positionals"); then
    _rel_value "$kind" "$first"
  fi
  return 0
}

# Sourced (source <(rel completion zsh)): register. Autoloaded from $fpath as _rel: complete now.
if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
  _rel "$@"
else
  compdef _rel rel
fi
