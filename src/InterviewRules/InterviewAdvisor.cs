using System;
using InterviewRules.Engine;
using InterviewRules.Policies;

namespace InterviewRules;

/// <summary>
/// The entry point for embedders: turns a scenario into an explained recommendation. Immutable and thread-safe;
/// create one per policy and share it.
/// </summary>
/// <example>
/// <code>
/// var scenario = new InterviewScenario(
///     new Candidate(yearsOfExperience: 1.5, interviewsInLastYear: 0, activelyLooking: true),
///     new Opportunity(InterviewerRole.Recruiter, InterviewFormat.Video),
///     concerns: [Concern.NotInterested]);
/// Recommendation recommendation = InterviewAdvisor.Default.Recommend(scenario);
/// </code>
/// </example>
public sealed class InterviewAdvisor
{
    /// <summary>Creates an advisor over any evaluator of interview scenarios, for rule sets built in code.</summary>
    /// <param name="evaluator">The evaluator.</param>
    public InterviewAdvisor(Evaluator<InterviewScenario> evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        Evaluator = evaluator;
    }

    /// <summary>Gets the advisor for the article's own policy, <c>article-default</c>.</summary>
    public static InterviewAdvisor Default { get; } = Create(InterviewPolicy.ArticleDefault);

    /// <summary>Gets the evaluator behind the advisor.</summary>
    public Evaluator<InterviewScenario> Evaluator { get; }

    /// <summary>Gets the rules the advisor applies.</summary>
    public RuleSet<InterviewScenario> Rules => Evaluator.Rules;

    /// <summary>Gets the identity of the policy the advisor applies.</summary>
    public PolicyIdentity Policy => Evaluator.Policy;

    /// <summary>Creates an advisor for a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The advisor.</returns>
    public static InterviewAdvisor Create(InterviewPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new InterviewAdvisor(policy.CreateEvaluator());
    }

    /// <summary>Recommends whether to take the interview, and explains why.</summary>
    /// <param name="scenario">The scenario, already validated by its constructor.</param>
    /// <returns>The recommendation.</returns>
    public Recommendation Recommend(InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Evaluator.Evaluate(scenario);
    }
}
