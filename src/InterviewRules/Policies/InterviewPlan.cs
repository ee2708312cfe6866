using System;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Policies;

/// <summary>
/// The scoring plan of an advisor whose rules are the article's (each at most once, in the article's order) followed
/// by declarative rules, decided by <c>weightedSumWithVeto</c>: the usual case for a policy, built-in or read from a
/// file. It calls each rule's own <c>Decide</c> through its sealed type — a direct call the JIT can inline — instead
/// of one virtual call per rule, and adds the weights in the evaluator's order — or, when every weight is exact in
/// binary, in any order, which then gives the same sum to the bit — so it always gives the evaluator's answer. Each
/// rule's logic stays written once, in its class; this only changes how it is reached.
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

    // When every weight is exact (see AllWeightsExact), the sums of the declarative weights of every subset of eight rules.
    private readonly double[]? _subsetSums;

    // Whether the plan is declarative rules alone, with a table and exact weights: a shorter path for Score.
    private readonly bool _declarativeOnly;
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
        AddsInAnyOrder = AllWeightsExact(article, _declarativeDecisions);
        _subsetSums = _table is not null && AddsInAnyOrder ? SubsetSums(_declarativeDecisions) : null;
        _declarativeOnly = _subsetSums is not null && Array.TrueForAll(article, rule => rule is null);
    }

    /// <summary>Gets whether every weight is exact (see <see cref="AllWeightsExact"/>), so the plan adds them in lanes and groups rather than one by one.</summary>
    internal bool AddsInAnyOrder { get; }

    /// <summary>
    /// Whether every weight the plan's rules can give is a whole number of 2^-20ths no larger than 1e6 — true of
    /// any weight a person writes in halves, quarters or eighths, and of the article's defaults. What is checked is
    /// each rule's weight parameters (<see cref="PlannedRule{TFacts}.Weights"/>): an article rule gives one of them,
    /// 0, their difference (low-cost) or up to four times one (concrete-red-flags), each parameter at most 100, and a
    /// custom rule its one weight, at most 100 — whole 2^-20ths all, well inside the bound below. Then every sum of
    /// them is exact in a double, in whatever order it is added (at most 64 declarative weights of 1e6 and eleven
    /// article weights of a few hundred stay under 2^27: under 2^47 units of 2^-20, which a double's 53-bit
    /// significand holds exactly), and adding the weights in lanes or in whole groups gives the evaluator's sum to
    /// the bit. Weights in tenths have no exact binary form; those plans add one by one, in the evaluator's order.
    /// </summary>
    private static bool AllWeightsExact(IRule<InterviewScenario>?[] article, RuleDecision[] declarative)
    {
        foreach (var rule in article)
        {
            if (rule is PlannedRule<InterviewScenario> { Weights: var weights } && (weights is null || !weights.All(IsExact)))
            {
                return false;
            }
        }

        return declarative.All(d => IsExact(d.Weight));

        static bool IsExact(double weight) => Math.Abs(weight) <= Evaluator<InterviewScenario>.MaxWeight && Math.ScaleB(weight, 20) == Math.Round(Math.ScaleB(weight, 20));
    }

    /// <summary>For each group of eight rules, the sum of the weights of each of its 256 subsets.</summary>
    private static double[] SubsetSums(RuleDecision[] decisions)
    {
        var groups = (decisions.Length + 7) / 8;
        var sums = new double[groups * 256];
        for (var g = 0; g < groups; g++)
        {
            for (var subset = 1; subset < 256; subset++)
            {
                var low = BitOperations.TrailingZeroCount(subset);
                var rule = (g * 8) + low;
                sums[(g * 256) + subset] = sums[(g * 256) + (subset & (subset - 1))] + (rule < decisions.Length ? decisions[rule].Weight : 0);
            }
        }

        return sums;
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScoreResult Score(InterviewScenario s)
    {
        if (_declarativeOnly)
        {
            // Only declarative rules, with exact weights: the table, then one lookup per eight rules.
            var held = _table!.Evaluate(s);
            var sum = SumOf(held, _subsetSums!);
            var veto = (held & _declarativeVetoes) != 0;
            sum = sum == 0 ? 0 : sum;
            return new ScoreResult(!veto && sum > _evaluator.Threshold ? Verdict.Accept : Verdict.Decline, sum, veto);
        }

        var summary = AddsInAnyOrder ? Run<ScoreInLanes>(s, default, out _) : Run<ScoreOnly>(s, default, out _);
        var score = summary.Sum == 0 ? 0 : summary.Sum;
        return new ScoreResult(!summary.Veto && score > _evaluator.Threshold ? Verdict.Accept : Verdict.Decline, score, summary.Veto);
    }

    /// <summary>Evaluates exactly as <see cref="Evaluator{TFacts}.Evaluate(TFacts)"/> does for these rules: the same record, the same findings.</summary>
    public Evaluation Evaluate(InterviewScenario s)
    {
        var length = _articleIndex.Length + _declarative.Length;
        Span<Fired> fired = length <= 64 ? stackalloc Fired[length] : new Fired[length];
        var summary = Run<Recording>(s, fired, out var count);
        return _evaluator.Complete(s, fired[..count], summary, null, null);
    }

    /// <summary>
    /// Runs every rule once, through its sealed type; <typeparamref name="TMode"/> says at JIT time whether what
    /// fires is recorded, so scoring pays nothing for recording, and whether the weights may be added in any order
    /// (<see cref="ScoreInLanes"/>, only when they are all exact). In order, the article rules' weights go into one
    /// sum, in the evaluator's order; in lanes, <c>sum</c> is lane 0 and the rules take lanes 0, 1, 2 in turn, three
    /// independent additions instead of one chain. The declarative rules' conditions are evaluated all at once, then
    /// the weights of those that hold are added: in the evaluator's order (adding only those: x + 0 is x), or in
    /// lanes from the table of subset sums, eight rules per lookup.
    /// The library's own rules cannot fail: their parameters bound every weight far below the evaluator's limit,
    /// and they throw nothing.
    /// </summary>
    private ScoreSummary Run<TMode>(InterviewScenario s, Span<Fired> fired, out int count)
        where TMode : struct, IMode
    {
        var sum = 0.0;
        var lane1 = 0.0;
        var lane2 = 0.0;
        var veto = false;
        count = 0;
        var at = _articleIndex;
        if (_needPractice is { } needPractice) { var fires = needPractice.Decide(s, TMode.Record, out var d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[0], d); } }
        if (_planB is { } planB) { var fires = planB.Decide(s, TMode.Record, out var d); Add<TMode>(ref sum, ref lane1, fires ? d.Weight : 0); veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[1], d); } }
        if (_networking is { } networking) { var fires = networking.Decide(s, TMode.Record, out var d); Add<TMode>(ref sum, ref lane2, fires ? d.Weight : 0); veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[2], d); } }
        if (_sharpenInstincts is { } sharpenInstincts) { var fires = sharpenInstincts.Decide(s, TMode.Record, out var d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[3], d); } }
        if (_unknownWants is { } unknownWants) { var fires = unknownWants.Decide(s, TMode.Record, out var d); Add<TMode>(ref sum, ref lane1, fires ? d.Weight : 0); veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[4], d); } }
        if (_leadingOn is { } leadingOn) { var fires = leadingOn.Decide(s, TMode.Record, out var d); Add<TMode>(ref sum, ref lane2, fires ? d.Weight : 0); veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[5], d); } }
        if (_tooBusy is { } tooBusy) { var fires = tooBusy.Decide(s, TMode.Record, out var d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[6], d); } }
        if (_fearOfRejection is { } fearOfRejection) { var fires = fearOfRejection.Decide(s, TMode.Record, out var d); Add<TMode>(ref sum, ref lane1, fires ? d.Weight : 0); veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[7], d); } }
        if (_concreteRedFlags is { } concreteRedFlags) { var fires = concreteRedFlags.Decide(s, TMode.Record, out var d); Add<TMode>(ref sum, ref lane2, fires ? d.Weight : 0); veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[8], d); } }
        if (_untrustworthyPeople is { } untrustworthyPeople) { var fires = untrustworthyPeople.Decide(s, TMode.Record, out var d); sum += fires ? d.Weight : 0; veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[9], d); } }
        if (_lowCost is { } lowCost) { var fires = lowCost.Decide(s, TMode.Record, out var d); Add<TMode>(ref sum, ref lane1, fires ? d.Weight : 0); veto |= fires & d.Veto; if (TMode.Record && fires) { fired[count++] = new Fired(at[10], d); } }
        if (TMode.Lanes)
        {
            sum = sum + lane1 + lane2;
        }

        if (_table is { } table)
        {
            var held = table.Evaluate(s);
            veto |= (held & _declarativeVetoes) != 0;
            var decisions = _declarativeDecisions;
            if (TMode.Lanes && _subsetSums is { } sums)
            {
                return new ScoreSummary { Sum = sum + SumOf(held, sums), Veto = veto };
            }

            // In the evaluator's order, adding only the weights of rules that hold (x + 0 is x).
            for (var bits = held; bits != 0; bits &= bits - 1)
            {
                var i = BitOperations.TrailingZeroCount(bits);
                sum += decisions[i].Weight;
                if (TMode.Record)
                {
                    fired[count++] = new Fired(_declarativeIndex[i], _declarative[i].Recorded(s));
                }
            }
        }

        else
        {
            var declarative = _declarative;
            for (var i = 0; i < declarative.Length; i++)
            {
                var fires = declarative[i].Decide(s, TMode.Record, out var d);
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

    /// <summary>The sum of the weights of the rules that held, a group of eight at a time, with no branch on which held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SumOf(ulong held, double[] subsetSums)
    {
        var sum = 0.0;
        ref var first = ref MemoryMarshal.GetArrayDataReference(subsetSums);
        for (var group = 0; group < subsetSums.Length; group += 256)
        {
            sum += Unsafe.Add(ref first, group + (int)(held & 0xFF));
            held >>= 8;
        }

        return sum;
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

    /// <summary>Adds a weight to the one sum in the evaluator's order, or, when every weight is exact, to a lane of its own.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<TMode>(ref double sum, ref double lane, double weight)
        where TMode : struct, IMode
    {
        if (TMode.Lanes)
        {
            lane += weight;
        }
        else
        {
            sum += weight;
        }
    }

    private interface IMode
    {
        /// <summary>Gets whether what fires is recorded.</summary>
        static abstract bool Record { get; }

        /// <summary>Gets whether the article rules' weights are added in three independent lanes (only when every weight is exact).</summary>
        static abstract bool Lanes { get; }
    }

    private struct ScoreOnly : IMode
    {
        public static bool Record => false;

        public static bool Lanes => false;
    }

    private struct ScoreInLanes : IMode
    {
        public static bool Record => false;

        public static bool Lanes => true;
    }

    private struct Recording : IMode
    {
        public static bool Record => true;

        public static bool Lanes => false;
    }
}
