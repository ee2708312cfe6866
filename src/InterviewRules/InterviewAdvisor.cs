using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using InterviewRules.Diagnostics;
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
    internal InterviewAdvisor(Evaluator<InterviewScenario> evaluator, PolicyIdentity policy)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(policy);
        Evaluator = evaluator;
        Policy = policy;
    }

    /// <summary>Gets the advisor for the article's own policy, <c>article-default</c>.</summary>
    public static InterviewAdvisor Default { get; } = Create(InterviewPolicy.ArticleDefault);

    /// <summary>Gets the evaluator behind the advisor.</summary>
    internal Evaluator<InterviewScenario> Evaluator { get; }

    /// <summary>Gets the rules the advisor applies.</summary>
    public RuleSet<InterviewScenario> Rules => Evaluator.Rules;

    /// <summary>Gets the identity of the policy the advisor applies.</summary>
    public PolicyIdentity Policy { get; }

    /// <summary>
    /// Creates an advisor for a policy, optionally with rules written in code added after the policy's and some of
    /// the policy's rules removed. When code changes the rules, the advisor's <see cref="Policy"/> names them in
    /// <see cref="PolicyIdentity.CodeRules"/>, so an answer never claims the policy alone.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="addRules">Rules written in code (or composed with <see cref="Rule"/>), evaluated after the policy's; ids must stay unique.</param>
    /// <param name="removeRuleIds">Ids of the policy's rules to leave out.</param>
    /// <param name="failFast">
    /// Whether a rule that fails (throws, or gives a weight that is not a finite number of magnitude at most
    /// 1,000,000) stops evaluation with a <see cref="RuleEvaluationException"/> instead of being recorded in
    /// <see cref="Recommendation.Failures"/>. The default value is <see langword="false"/>.
    /// </param>
    /// <returns>The advisor.</returns>
    /// <exception cref="ArgumentException">A removed id is not one of the policy's rules, or two rules share an id.</exception>
    public static InterviewAdvisor Create(InterviewPolicy policy, IEnumerable<IRule<InterviewScenario>>? addRules = null, IEnumerable<string>? removeRuleIds = null, bool failFast = false)
    {
        ArgumentNullException.ThrowIfNull(policy);
        IRule<InterviewScenario>[] added = addRules is null ? [] : [.. addRules];
        string[] removed = removeRuleIds is null ? [] : [.. removeRuleIds];
        if (added.Length == 0 && removed.Length == 0)
        {
            return new InterviewAdvisor(policy.CreateEvaluator(failFast), policy.Identity);
        }

        var rules = policy.CreateRuleSet();
        foreach (var id in removed)
        {
            rules = rules.Without(id);
        }

        rules = RuleSet<InterviewScenario>.Create([.. rules, .. added]);

        // Code rules have no canonical form to fingerprint: the identity names the policy and what code changed on it.
        var codeRules = new List<string>(added.Length + removed.Length);
        foreach (var rule in added)
        {
            codeRules.Add((rule ?? throw new ArgumentException("addRules holds a null rule.", nameof(addRules))).Descriptor.Id);
            foreach (var fact in rule.Descriptor.Facts)
            {
                if (Article.FactDefinition.Find(fact) is null)
                {
                    throw new ArgumentException($"The rule \"{rule.Descriptor.Id}\" says it reads the fact \"{InputError.Echo(fact)}\", which is not a fact; the facts are {Article.FactDefinition.Paths()}.", nameof(addRules));
                }
            }
        }

        foreach (var id in removed)
        {
            codeRules.Add("-" + id);
        }

        var identity = new PolicyIdentity(policy.Name, policy.Version, policy.Fingerprint, codeRules);
        return new InterviewAdvisor(new Evaluator<InterviewScenario>(rules, policy.Aggregator, policy.Threshold, failFast), identity);
    }

    /// <summary>Recommends whether to take the interview, and explains why.</summary>
    /// <param name="scenario">The scenario, already validated by its constructor.</param>
    /// <returns>The recommendation.</returns>
    /// <remarks>
    /// Each call is counted in the <c>InterviewRules</c> meter and traced as an <c>InterviewRules.Recommend</c>
    /// activity when something listens (README § Telemetry); with no listener the cost is one check.
    /// </remarks>
    public Recommendation Recommend(InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return InterviewTelemetry.IsObserved ? RecommendObserved(scenario) : RecommendUnobserved(scenario);
    }

    /// <summary>Recommends without telemetry: for the library's own probes (counterfactuals), which are not answers a caller asked for.</summary>
    internal Recommendation RecommendUnobserved(InterviewScenario scenario) =>
        new(Evaluator.Evaluate(scenario), Policy);

    // Kept out of Recommend so the unobserved path stays small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Recommendation RecommendObserved(InterviewScenario scenario)
    {
        using var activity = InterviewTelemetry.Source.StartActivity(InterviewTelemetry.RecommendActivity);
        var start = Stopwatch.GetTimestamp();
        Recommendation recommendation;
        try
        {
            recommendation = RecommendUnobserved(scenario);
        }
        catch (Exception ex)
        {
            InterviewTelemetry.RecordFailure(activity, ex);
            throw;
        }

        InterviewTelemetry.Record(recommendation, activity, start);
        return recommendation;
    }

    /// <summary>Decides and scores without building the explanation; allocates nothing for the article's rules.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The decision, score and whether a rule vetoed; always equal to what <see cref="Recommend(InterviewScenario)"/> decides.</returns>
    public ScoreResult Score(InterviewScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Evaluator.Score(scenario);
    }

    /// <summary>Scores many scenarios into a caller's buffer, index for index, allocation-free for the article's rules.</summary>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="results">The buffer, at least as long as <paramref name="scenarios"/>.</param>
    /// <exception cref="ArgumentException">The buffer is too short, or an element is <see langword="null"/> (the message gives its index).</exception>
    public void Score(ReadOnlySpan<InterviewScenario> scenarios, Span<ScoreResult> results)
    {
        Evaluator<InterviewScenario>.CheckBatch(scenarios, results.Length, nameof(results));
        for (var i = 0; i < scenarios.Length; i++)
        {
            results[i] = Score(scenarios[i]);
        }
    }

    /// <summary>Recommends for many scenarios into a caller's buffer, index for index.</summary>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="results">The buffer, at least as long as <paramref name="scenarios"/>.</param>
    /// <exception cref="ArgumentException">The buffer is too short, or an element is <see langword="null"/> (the message gives its index).</exception>
    public void Recommend(ReadOnlySpan<InterviewScenario> scenarios, Span<Recommendation> results)
    {
        Evaluator<InterviewScenario>.CheckBatch(scenarios, results.Length, nameof(results));
        for (var i = 0; i < scenarios.Length; i++)
        {
            results[i] = Recommend(scenarios[i]);
        }
    }

    /// <summary>
    /// Ranks a candidate's interview invitations, best first: what a job board needs to sort an inbox. The order is
    /// invitations to accept before those to decline; among equals, not vetoed before vetoed; then by score,
    /// highest first; ties keep their input order (the lower index first), so the ranking is deterministic.
    /// </summary>
    /// <param name="invitations">The invitations.</param>
    /// <returns>The invitations, ranked.</returns>
    /// <exception cref="ArgumentException">An element is <see langword="null"/> (the message gives its index).</exception>
    public IReadOnlyList<RankedInvitation> Rank(IReadOnlyList<InterviewScenario> invitations)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        var ranked = new RankedInvitation[invitations.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            var scenario = invitations[i] ?? throw new ArgumentException($"invitations[{i}] is null; every invitation must be a scenario.", nameof(invitations));
            ranked[i] = new RankedInvitation(i, scenario, Score(scenario));
        }

        Array.Sort(ranked, static (a, b) =>
        {
            var byDecision = a.Result.Decision.CompareTo(b.Result.Decision);
            if (byDecision != 0)
            {
                return byDecision;
            }

            var byVeto = a.Result.IsVetoed.CompareTo(b.Result.IsVetoed);
            if (byVeto != 0)
            {
                return byVeto;
            }

            var byScore = b.Result.Score.CompareTo(a.Result.Score);
            return byScore != 0 ? byScore : a.Index.CompareTo(b.Index);
        });
        return ReadOnlyArray<RankedInvitation>.Own(ranked);
    }

    /// <summary>
    /// Decides with what is known (a chatbot's conversation so far, a half-filled form): settled with its decision when
    /// every completion of the partial scenario gets the same one, open with the questions worth asking ranked, or
    /// undetermined when rules written in code hide what they read. Exact, never sampled; bounded in work.
    /// </summary>
    /// <param name="scenario">What is known.</param>
    /// <returns>The assessment.</returns>
    public Assessment Assess(PartialScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Assessing.AssessmentBuilder.Build(this, scenario);
    }

    /// <summary>Gets the rules as the assessor reads them, made once.</summary>
    internal IReadOnlyList<Assessing.RuleModel> AssessorRules => _assessorRules ??= Assessing.RuleModel.Of(Rules);

    private IReadOnlyList<Assessing.RuleModel>? _assessorRules;

    /// <summary>Finds up to three cheapest catalogued changes to the scenario that would flip this advisor's decision; see <see cref="Explanations.Counterfactuals"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The counterfactuals, cheapest first; empty when none flips it.</returns>
    public IReadOnlyList<Explanations.Counterfactual> Counterfactuals(InterviewScenario scenario) => Explanations.Counterfactuals.Find(this, scenario);
}
