using System;
using System.Runtime.CompilerServices;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Policies;

/// <summary>
/// The scoring plan of an advisor whose rules are the article's (each at most once, in the article's order) followed
/// by declarative rules, decided by <c>weightedSumWithVeto</c>: the usual case for a policy, built-in or read from a
/// file. It calls each rule's own <c>Decide</c> through its sealed type — a direct call the JIT can inline — instead
/// of one virtual call per rule, and adds the weights in the same order as the evaluator, so it always gives the
/// evaluator's answer. Each rule's logic stays written once, in its class; this only changes how it is reached.
/// </summary>
internal sealed class InterviewPlan
{
    private readonly NeedPracticeRule? _needPractice;
    private readonly PlanBRule? _planB;
    private readonly NetworkingRule? _networking;
    private readonly SharpenInstinctsRule? _sharpenInstincts;
    private readonly UnknownWantsRule? _unknownWants;
    private readonly LeadingOnRule? _leadingOn;
    private readonly TooBusyRule? _tooBusy;
    private readonly FearOfRejectionRule? _fearOfRejection;
    private readonly ConcreteRedFlagsRule? _concreteRedFlags;
    private readonly UntrustworthyPeopleRule? _untrustworthyPeople;
    private readonly LowCostRule? _lowCost;
    private readonly DeclarativeRule[] _declarative;
    private readonly Evaluator<InterviewScenario> _evaluator;

    // Each rule's position in the evaluator's rule set (article slots by the article's order, then declarative rules).
    private readonly int[] _articleIndex;
    private readonly int[] _declarativeIndex;

    private InterviewPlan(Evaluator<InterviewScenario> evaluator, IRule<InterviewScenario>?[] article, int[] articleIndex, DeclarativeRule[] declarative, int[] declarativeIndex)
    {
        _evaluator = evaluator;
        _articleIndex = articleIndex;
        _declarativeIndex = declarativeIndex;
        _needPractice = (NeedPracticeRule?)article[0];
        _planB = (PlanBRule?)article[1];
        _networking = (NetworkingRule?)article[2];
        _sharpenInstincts = (SharpenInstinctsRule?)article[3];
        _unknownWants = (UnknownWantsRule?)article[4];
        _leadingOn = (LeadingOnRule?)article[5];
        _tooBusy = (TooBusyRule?)article[6];
        _fearOfRejection = (FearOfRejectionRule?)article[7];
        _concreteRedFlags = (ConcreteRedFlagsRule?)article[8];
        _untrustworthyPeople = (UntrustworthyPeopleRule?)article[9];
        _lowCost = (LowCostRule?)article[10];
        _declarative = declarative;
    }

    /// <summary>Makes the plan of an evaluator, or <see langword="null"/> when its rules or aggregator are not of that usual shape.</summary>
    public static InterviewPlan? TryCreate(Evaluator<InterviewScenario> evaluator)
    {
        if (!ReferenceEquals(evaluator.Aggregator, Aggregators.WeightedSumWithVeto))
        {
            return null;
        }

        var article = new IRule<InterviewScenario>?[ArticleRules.Definitions.Count];
        var articleIndex = new int[article.Length];
        var declarative = new System.Collections.Generic.List<DeclarativeRule>();
        var declarativeIndex = new System.Collections.Generic.List<int>();
        var next = 0;
        var index = -1;
        foreach (var rule in evaluator.Rules)
        {
            index++;
            if (rule is DeclarativeRule custom)
            {
                declarative.Add(custom);
                declarativeIndex.Add(index);
                continue;
            }

            // An article rule must come after every other article rule before it in the article's order, and before any declarative rule.
            var position = ArticlePosition(rule);
            if (position < next || declarative.Count > 0 || position < 0)
            {
                return null;
            }

            article[position] = rule;
            articleIndex[position] = index;
            next = position + 1;
        }

        return new InterviewPlan(evaluator, article, articleIndex, [.. declarative], [.. declarativeIndex]);
    }

    /// <summary>Decides and scores exactly as <see cref="Evaluator{TFacts}.Score(TFacts)"/> does for these rules.</summary>
    public ScoreResult Score(InterviewScenario s)
    {
        var summary = Run(s, record: false, default, out _);
        var score = summary.Sum == 0 ? 0 : summary.Sum;
        return new ScoreResult(!summary.Veto && score > _evaluator.Threshold ? Verdict.Accept : Verdict.Decline, score, summary.Veto);
    }

    /// <summary>Recommends exactly as <see cref="Evaluator{TFacts}.Evaluate(TFacts)"/> does for these rules: the same record, the same findings.</summary>
    public Recommendation Recommend(InterviewScenario s)
    {
        var length = _articleIndex.Length + _declarative.Length;
        Span<Fired> fired = length <= 64 ? stackalloc Fired[length] : new Fired[length];
        var summary = Run(s, record: true, fired, out var count);
        return _evaluator.Complete(s, fired[..count], summary, null, null);
    }

    /// <summary>
    /// Runs every rule once, through its sealed type. The library's own rules cannot fail: their parameters bound
    /// every weight far below the evaluator's limit, and they throw nothing.
    /// </summary>
    private ScoreSummary Run(InterviewScenario s, bool record, Span<Fired> fired, out int count)
    {
        var summary = default(ScoreSummary);
        count = 0;
        RuleDecision d;
        var at = _articleIndex;
        if (_needPractice is { } needPractice) { Add(needPractice.Decide(s, record, out d), at[0], d, record, fired, ref count, ref summary); }
        if (_planB is { } planB) { Add(planB.Decide(s, record, out d), at[1], d, record, fired, ref count, ref summary); }
        if (_networking is { } networking) { Add(networking.Decide(s, record, out d), at[2], d, record, fired, ref count, ref summary); }
        if (_sharpenInstincts is { } sharpenInstincts) { Add(sharpenInstincts.Decide(s, record, out d), at[3], d, record, fired, ref count, ref summary); }
        if (_unknownWants is { } unknownWants) { Add(unknownWants.Decide(s, record, out d), at[4], d, record, fired, ref count, ref summary); }
        if (_leadingOn is { } leadingOn) { Add(leadingOn.Decide(s, record, out d), at[5], d, record, fired, ref count, ref summary); }
        if (_tooBusy is { } tooBusy) { Add(tooBusy.Decide(s, record, out d), at[6], d, record, fired, ref count, ref summary); }
        if (_fearOfRejection is { } fearOfRejection) { Add(fearOfRejection.Decide(s, record, out d), at[7], d, record, fired, ref count, ref summary); }
        if (_concreteRedFlags is { } concreteRedFlags) { Add(concreteRedFlags.Decide(s, record, out d), at[8], d, record, fired, ref count, ref summary); }
        if (_untrustworthyPeople is { } untrustworthyPeople) { Add(untrustworthyPeople.Decide(s, record, out d), at[9], d, record, fired, ref count, ref summary); }
        if (_lowCost is { } lowCost) { Add(lowCost.Decide(s, record, out d), at[10], d, record, fired, ref count, ref summary); }

        for (var i = 0; i < _declarative.Length; i++)
        {
            Add(_declarative[i].Decide(s, record, out d), _declarativeIndex[i], d, record, fired, ref count, ref summary);
        }

        return summary;
    }

    // Adds without a branch on whether the rule fired: which rules fire varies from scenario to scenario, and a
    // mispredicted branch per rule cost more than the rules themselves.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(bool fires, int index, in RuleDecision d, bool record, Span<Fired> fired, ref int count, ref ScoreSummary summary)
    {
        summary.Sum += fires ? d.Weight : 0;
        summary.Veto |= fires & d.Veto;
        if (record && fires)
        {
            fired[count++] = new Fired(index, d);
        }
    }

    private static int ArticlePosition(IRule<InterviewScenario> rule) => rule switch
    {
        NeedPracticeRule => 0,
        PlanBRule => 1,
        NetworkingRule => 2,
        SharpenInstinctsRule => 3,
        UnknownWantsRule => 4,
        LeadingOnRule => 5,
        TooBusyRule => 6,
        FearOfRejectionRule => 7,
        ConcreteRedFlagsRule => 8,
        UntrustworthyPeopleRule => 9,
        LowCostRule => 10,
        _ => -1,
    };
}
