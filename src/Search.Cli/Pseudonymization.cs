using System.CommandLine;
using Search.Core.Privacy;

namespace Search.Cli;

/// <summary>
/// <c>--pseudonymize</c> and <c>--salt</c> as every command that prints commenter names reads them: whether names
/// become tokens, and under which salt. One place, so every command agrees on where a salt comes from.
/// </summary>
internal static class Pseudonymization
{
    /// <summary>The environment variable that holds a salt kept between runs, out of the shell's history.</summary>
    public const string SaltVariable = "SEARCH_PSEUDONYM_SALT";

    /// <summary>The pseudonyms a command line asks for, or null to print names as they are.</summary>
    /// <exception cref="UsageException">--salt without --pseudonymize, or an empty --salt.</exception>
    public static Pseudonyms? Resolve(ParseResult parse, Option<bool> pseudonymize, Option<string?> salt, CliConsole console) =>
        Resolve(parse.GetValue(pseudonymize), parse.GetValue(salt), Environment.GetEnvironmentVariable(SaltVariable), console);

    /// <summary>The pseudonyms for the flag, the --salt value and the environment's salt, in that order of precedence.</summary>
    /// <exception cref="UsageException">--salt without --pseudonymize, or an empty --salt.</exception>
    public static Pseudonyms? Resolve(bool pseudonymize, string? salt, string? environmentSalt, CliConsole console)
    {
        if (!pseudonymize)
        {
            // A salt alone would print real names to someone who believes they asked for tokens.
            return salt is null ? null : throw new UsageException("--salt is only used with --pseudonymize: add --pseudonymize, or leave out --salt");
        }
        if (salt is not null)
        {
            // Most often an unset shell variable (--salt "$SALT"): tokens under it would not be the ones meant.
            return salt.Length > 0 ? new Pseudonyms(salt) : throw new UsageException("--salt is empty: give the salt's text");
        }
        // An empty variable counts as unset, as NO_COLOR's convention has it.
        if (!string.IsNullOrEmpty(environmentSalt))
        {
            return new Pseudonyms(environmentSalt);
        }
        console.Note($"note: no salt given: the tokens are random for this run; for the same tokens in every run, give --salt TEXT or set {SaltVariable}");
        return new Pseudonyms(Pseudonyms.RandomSalt());
    }
}
