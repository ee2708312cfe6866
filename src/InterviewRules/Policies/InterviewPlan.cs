using System;
using System.Numerics;
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
    private readonly ConditionTable? _table;
    private readonly RuleDecision[] _declarativeDecisions;
    private readonly ulong _declarativeVetoes;
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

        // The declarative rules' conditions as one table of bit tests, when they fit one (they nearly always do).
        var programs = new ConditionProgram[declarative.Length];
        _declarativeDecisions = new RuleDecision[declarative.Length];
        for (var i = 0; i < declarative.Length; i++)
        {
            programs[i] = declarative[i].Program;
            _declarativeDecisions[i] = declarative[i].Decision;
            _declarativeVetoes |= declarative[i].Decision.Veto && i < ConditionTable.MaxRules ? 1UL << i : 0; // read only with a table
        }

        _table = declarative.Length > 0 ? ConditionTable.TryCreate(programs) : null;
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
        var summary = Run<ScoreOnly>(s, default, out _);
        var score = summary.Sum == 0 ? 0 : summary.Sum;
        return new ScoreResult(!summary.Veto && score > _evaluator.Threshold ? Verdict.Accept : Verdict.Decline, score, summary.Veto);
    }

    /// <summary>Recommends exactly as <see cref="Evaluator{TFacts}.Evaluate(TFacts)"/> does for these rules: the same record, the same findings.</summary>
    public Recommendation Recommend(InterviewScenario s)
    {
        var length = _articleIndex.Length + _declarative.Length;
        Span<Fired> fired = length <= 64 ? stackalloc Fired[length] : new Fired[length];
        var summary = Run<Recording>(s, fired, out var count);
        return _evaluator.Complete(s, fired[..count], summary, null, null);
    }

    /// <summary>
    /// Runs every rule once, through its sealed type; <typeparamref name="TMode"/> says at JIT time whether what
    /// fires is recorded, so scoring pays nothing for recording. The article rules' weights are added without a
    /// branch on whether a rule fired: which rules fire varies from scenario to scenario, and a mispredicted branch
    /// per rule cost more than the rules themselves. The declarative rules' conditions are evaluated all at once,
    /// then the weights of those that hold are added, in the evaluator's order (adding only those: x + 0 is x).
    /// The library's own rules cannot fail: their parameters bound every weight far below the evaluator's limit,
    /// and they throw nothing.
    /// </summary>
    private ScoreSummary Run<TMode>(InterviewScenario s, Span<Fired> fired, out int count)
        where TMode : struct, IMode
    {
        var sum = 0.0;
        var veto = false;
        count = 0;
        RuleDecision d;
        var at = _articleIndex;
        if (_needPractice is { } needPractice) { var fires = needPractice.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[0], d); } }
        if (_planB is { } planB) { var fires = planB.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[1], d); } }
        if (_networking is { } networking) { var fires = networking.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[2], d); } }
        if (_sharpenInstincts is { } sharpenInstincts) { var fires = sharpenInstincts.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[3], d); } }
        if (_unknownWants is { } unknownWants) { var fires = unknownWants.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[4], d); } }
        if (_leadingOn is { } leadingOn) { var fires = leadingOn.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[5], d); } }
        if (_tooBusy is { } tooBusy) { var fires = tooBusy.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[6], d); } }
        if (_fearOfRejection is { } fearOfRejection) { var fires = fearOfRejection.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[7], d); } }
        if (_concreteRedFlags is { } concreteRedFlags) { var fires = concreteRedFlags.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[8], d); } }
        if (_untrustworthyPeople is { } untrustworthyPeople) { var fires = untrustworthyPeople.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[9], d); } }
        if (_lowCost is { } lowCost) { var fires = lowCost.Decide(s, TMode.Record, out d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[10], d); } }

        if (_table is { } table)
        {
            var held = table.Evaluate(s);
            veto |= (held & _declarativeVetoes) != 0;
            var decisions = _declarativeDecisions;

            // In the evaluator's order, adding only the weights of rules that hold (x + 0 is x).
            for (var bits = held; bits != 0; bits &= bits - 1)
            {
                var i = BitOperations.TrailingZeroCount(bits);
                sum += decisions[i].Weight;
                if (TMode.Record)
                {
                    fired[count++] = new Fired(_declarativeIndex[i], decisions[i]);
                }
            }
        }

        else
        {
            var declarative = _declarative;
            for (var i = 0; i < declarative.Length; i++)
            {
                var fires = declarative[i].Decide(s, TMode.Record, out d);
                sum += fires ? d.Weight : 0;
                veto |= fires & d.Veto;
                if (TMode.Record && fires)
                {
                    fired[count++] = new Fired(_declarativeIndex[i], d);
                }
            }
        }

        return new ScoreSummary { Sum = sum, Veto = veto };
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

    private interface IMode
    {
        static abstract bool Record { get; }
    }

    private struct ScoreOnly : IMode
    {
        public static bool Record => false;
    }

    private struct Recording : IMode
    {
        public static bool Record => true;
    }
}
