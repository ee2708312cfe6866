using System;
using System.Linq;
using System.Collections.Generic;
using System.IO;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules;

/// <summary>
/// Configures one advisor registered by <see cref="InterviewRulesServiceCollectionExtensions.AddInterviewRules(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{InterviewRulesBuilder})"/>:
/// the policy it applies, and rules written in code to add or remove. Used once, when the advisor is first resolved.
/// </summary>
public sealed class InterviewRulesBuilder
{
    private readonly List<IRule<InterviewScenario>> _added = [];
    private readonly List<string> _removed = [];
    private Func<InterviewPolicy> _policy = () => InterviewPolicy.ArticleDefault;
    private bool _failFast;

    internal InterviewRulesBuilder()
    {
    }

    /// <summary>Applies a policy. The default is <see cref="InterviewPolicy.ArticleDefault"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public InterviewRulesBuilder UsePolicy(InterviewPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = () => policy;
        return this;
    }

    /// <summary>Applies a policy file (docs/policies.md), read when the advisor is first resolved.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// A file that cannot be read, is larger than <see cref="InterviewJson.MaxDocumentBytes"/> or is not a valid policy
    /// makes resolution throw an <see cref="InvalidOperationException"/> whose message names the path and the reason
    /// (for an invalid policy, every problem; the <see cref="InvalidInputException"/> is its inner exception).
    /// </remarks>
    public InterviewRulesBuilder UsePolicyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _policy = () => ReadPolicyFile(path);
        return this;
    }

    private static InterviewPolicy ReadPolicyFile(string path)
    {
        byte[] bytes;
        try
        {
            // Read through the stream with a limit: a device or a pipe reports no length to check first.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            if (!InterviewJson.TryReadBounded(stream, out bytes))
            {
                throw new InvalidOperationException($"The policy file \"{path}\" is more than {InterviewJson.MaxDocumentBytes} bytes long; a policy may be at most {InterviewJson.MaxDocumentBytes} bytes.");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InvalidOperationException($"The policy file \"{path}\" cannot be read: {ex.Message}", ex);
        }

        try
        {
            return InterviewJson.ReadPolicy(bytes);
        }
        catch (InvalidInputException ex)
        {
            throw new InvalidOperationException($"The policy file \"{path}\" is not a valid policy: {ex.Message}", ex);
        }
    }

    /// <summary>Adds a rule written in code after the policy's rules.</summary>
    /// <param name="rule">The rule; its id must not clash with the policy's.</param>
    /// <returns>This builder.</returns>
    public InterviewRulesBuilder AddRule(IRule<InterviewScenario> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _added.Add(rule);
        return this;
    }

    /// <summary>Removes a rule of the policy by id.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>This builder.</returns>
    public InterviewRulesBuilder RemoveRule(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        _removed.Add(ruleId);
        return this;
    }

    /// <summary>Makes a rule that throws stop evaluation with a <see cref="RuleEvaluationException"/>, instead of being recorded in <see cref="Recommendation.Failures"/>.</summary>
    /// <returns>This builder.</returns>
    public InterviewRulesBuilder FailFast()
    {
        _failFast = true;
        return this;
    }

    internal InterviewAdvisor Build() => InterviewAdvisor.Create(_policy(), _added, _removed, _failFast);
}
