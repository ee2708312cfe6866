using System.Diagnostics.CodeAnalysis;
using System.IO;
using InterviewRules.Policies;

namespace InterviewRules.Cli;

/// <summary>A policy named where the policy loop (test, compare, sample) takes one: a file, or the built-in name article-default.</summary>
internal static class PolicyFiles
{
    /// <summary>Reads a policy named by a file path or <c>article-default</c> (the name wins over a file of that name).</summary>
    /// <param name="name">The path or name.</param>
    /// <param name="relativeTo">The folder a relative path is taken from; the working folder when <see langword="null"/>.</param>
    /// <param name="errors">Where problems go, each led by the policy's path.</param>
    /// <param name="policy">The policy, when read.</param>
    public static bool TryRead(string name, string? relativeTo, ErrorLines errors, [NotNullWhen(true)] out InterviewPolicy? policy)
    {
        if (name == InterviewPolicy.ArticleDefaultName)
        {
            policy = InterviewPolicy.ArticleDefault;
            return true;
        }

        var path = relativeTo is null || Path.IsPathRooted(name) ? name : Path.Combine(relativeTo, name);
        return CliInput.TryReadPolicy(path, errors, out policy);
    }
}
