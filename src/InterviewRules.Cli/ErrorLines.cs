using System.Collections.Generic;

namespace InterviewRules.Cli;

/// <summary>The error lines to print, and how many problems they stand for: a long list's last error counts the problems it does not show.</summary>
internal sealed class ErrorLines : List<string>
{
    private long _uncounted;

    /// <summary>Gets the number of problems: one per line, plus those a counting line stands for.</summary>
    public long Problems => Count + _uncounted;

    /// <summary>Adds a reader's problems, each located in its file.</summary>
    public void Add(string file, IReadOnlyList<InputError> problems)
    {
        foreach (var problem in problems)
        {
            Add(CliInput.Located(file, problem));
            _uncounted += problem.ProblemCount - 1;
        }
    }
}
