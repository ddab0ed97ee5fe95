# The hand-written part of `rel completion bash` (src/completion/bash.ts puts the generated
# _rel_subcommands, _rel_flags, _rel_flag_value and _rel_arg_value functions before it).

# Reads the typed word ($1) as bash will: _rel_word is its text without quotes or escapes.
# readline replaces only what follows a quote left open, so _rel_open is that quote (if any) and
# _rel_kept the text before it (unquoted), which stays on the line.
_rel_unquote() {
  local word="$1" c i=0
  _rel_word='' _rel_open='' _rel_kept=''
  while ((i < ${#word})); do
    c="${word:i:1}"
    i=$((i + 1))
    case "$_rel_open$c" in
      "''" | '""') _rel_open='' ;;
      [\'\"]) _rel_open="$c" _rel_kept="$_rel_word" ;;
      "'"*) _rel_word+="$c" ;;
      '\' | '"\')
        c="${word:i:1}"
        i=$((i + 1))
        # Inside double quotes a backslash escapes only " \ $ and `.
        [[ $_rel_open == '"' && $c != [\"\\\$\`] ]] && _rel_word+='\'
        _rel_word+="$c"
        ;;
      *) _rel_word+="$c" ;;
    esac
  done
}

# $1 with a backslash before each " \ $ and `, as inside double quotes (a loop: bash versions
# differ on backslashes in ${var//pattern/replacement}).
_rel_double_quoted() {
  local rest="$1" head=''
  _rel_quoted=''
  while [[ $rest == *[\"\\\$\`]* ]]; do
    head="${rest%%[\"\\\$\`]*}"
    _rel_quoted+="$head\\${rest:${#head}:1}"
    rest="${rest:${#head}+1}"
  done
  _rel_quoted+="$rest"
}

# Adds a name to COMPREPLY as readline should put it in place of the text after an open quote,
# or of the whole word: a name with spaces or quotes then comes single-quoted.
_rel_reply() {
  local name="$1"
  [[ $name == "$_rel_kept"* ]] || return 0 # the text before the quote stays: it must begin the name
  name="${name:${#_rel_kept}}"
  case "$_rel_open" in
    \') name=${name//\'/\'\\\'\'} ;;
    \") _rel_double_quoted "$name" && name="$_rel_quoted" ;;
    *) [[ $name =~ ^[[:alnum:]._@+-]+$ ]] || name="'${name//\'/\'\\\'\'}'" ;;
  esac
  # readline closes the quote after a single match unless the match already ends with it.
  [[ -n $_rel_open && $name == *"$_rel_open" ]] && name+="$_rel_open"
  COMPREPLY+=("$name")
}

# Contact names from the journal that begin with the typed word ($1), however it is quoted; with
# a second word, only the relatives of the person it names.
_rel_names() {
  local name _rel_word _rel_open _rel_kept _rel_quoted
  local -a lookup=(names)
  if (($# > 1)); then
    _rel_unquote "$2"
    lookup=(relatives --of "$_rel_word")
  fi
  _rel_unquote "$1"
  while IFS= read -r name; do
    _rel_reply "$name"
  done < <("${_rel_cmd[@]}" __complete "${lookup[@]}" -- "$_rel_word" 2>/dev/null)
}

# Completes $2 as a value of the kind $1 (what _rel_flag_value or _rel_arg_value says); $3 is
# the command's first argument, whose relatives a relative is.
_rel_value() {
  case "$1" in
    name) _rel_names "$2" ;;
    relative) _rel_names "$2" "$3" ;;
    file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$2")) ;;
    choice:*) COMPREPLY=($(compgen -W "${1#choice:}" -- "$2")) ;;
  esac
}

_rel() {
  COMPREPLY=()
  local cur="${COMP_WORDS[COMP_CWORD]}" cmdpath='' word kind subs flag i value_at positionals=0 first=''
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
      ((positionals == 0)) && first="$word"
      positionals=$((positionals + 1))
    fi
  done
  [[ $cur == = ]] && return 0
  flag="${COMP_WORDS[COMP_CWORD - 1]}"
  [[ $flag == = ]] && ((COMP_CWORD > 2)) && flag="${COMP_WORDS[COMP_CWORD - 2]}"
  if ((COMP_CWORD > 1)) && [[ $flag == -* ]] && kind=$(_rel_flag_value "$cmdpath|$flag"); then
    _rel_value "$kind" "$cur" "$first"
    return 0
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_rel_flags "$cmdpath")" -- "$cur"))
  elif ((positionals == 0)) && subs="$(_rel_subcommands "$cmdpath")" && [[ -n $subs ]]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  elif kind=$(_rel_arg_value "$cmdpath|$positionals"); then
    _rel_value "$kind" "$cur" "$first"
  fi
  return 0
}

complete -F _rel rel
