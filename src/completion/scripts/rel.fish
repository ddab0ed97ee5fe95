# The hand-written part of `rel completion fish` (src/completion/fish.ts puts the generated
# __rel_subcommands and __rel_flag_value before it and the complete lines after it).
# Where the command line stands: "POSITIONALS PATH", e.g. "0 contact add", then the first
# argument on a line of its own, if there is one.
function __rel_state
    set -l tokens (commandline -opc)
    set -l cmdpath ''
    set -l positionals 0
    set -l first
    set -l skip 0
    for t in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
        else if string match -q -- '-*' $t
            if not string match -q -- '*=*' $t; and __rel_flag_value "$cmdpath|$t" >/dev/null
                set skip 1
            end
        else if test $positionals -eq 0; and contains -- $t (__rel_subcommands "$cmdpath")
            set cmdpath (string trim -- "$cmdpath $t")
        else
            test $positionals -eq 0; and set first $t
            set positionals (math $positionals + 1)
        end
    end
    printf '%s\n' "$positionals $cmdpath" $first
end

# __rel_at PATH: the line is at that command. __rel_at PATH N: and at its argument N (from 0);
# N+ at that one or any after it (a command that takes several names).
function __rel_at
    set -l state (string split -m 1 ' ' -- (__rel_state)[1])
    test "$state[2]" = "$argv[1]"; or return 1
    set -q argv[2]; or return 0
    set -l place (string trim -r -c + -- $argv[2])
    if string match -q -- '*+' $argv[2]
        test $state[1] -ge $place
    else
        test $state[1] -eq $place
    end
end

# Contact names; __rel_names relatives: the relatives of the person the first argument names.
function __rel_names
    set -l tokens (commandline -opc)
    set -l cmd (string replace -r '^~' $HOME -- $tokens[1])
    set -l db
    set -l i (contains -i -- --db $tokens)
    and set db --db (string replace -r '^~' $HOME -- $tokens[(math $i + 1)])
    set -l lookup names
    test "$argv[1]" = relatives; and set lookup relatives --of (__rel_state)[2]
    # The word as fish will read it: 'Zoë O\'B is Zoë O'B.
    $cmd $db __complete $lookup -- (commandline -ct | string unescape) 2>/dev/null
end
