using System;
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
    private readonly double _threshold;

    private InterviewPlan(IRule<InterviewScenario>?[] article, DeclarativeRule[] declarative, double threshold)
    {
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
        _threshold = threshold;
    }

    /// <summary>Makes the plan of an evaluator, or <see langword="null"/> when its rules or aggregator are not of that usual shape.</summary>
    public static InterviewPlan? TryCreate(Evaluator<InterviewScenario> evaluator)
    {
        if (!ReferenceEquals(evaluator.Aggregator, Aggregators.WeightedSumWithVeto))
        {
            return null;
        }

        var article = new IRule<InterviewScenario>?[ArticleRules.Definitions.Count];
        var declarative = new System.Collections.Generic.List<DeclarativeRule>();
        var next = 0;
        foreach (var rule in evaluator.Rules)
        {
            if (rule is DeclarativeRule custom)
            {
                declarative.Add(custom);
                continue;
            }

            // An article rule must come after every other article rule before it in the article's order, and before any declarative rule.
            var position = ArticlePosition(rule);
            if (position < next || declarative.Count > 0 || position < 0)
            {
                return null;
            }

            article[position] = rule;
            next = position + 1;
        }

        return new InterviewPlan(article, [.. declarative], evaluator.Threshold);
    }

    /// <summary>Decides and scores exactly as <see cref="Evaluator{TFacts}.Score(TFacts)"/> does for these rules.</summary>
    public ScoreResult Score(InterviewScenario s)
    {
        // The library's own rules cannot fail: their parameters bound every weight well below the evaluator's limit.
        var sum = 0.0;
        var veto = false;
        RuleDecision d;
        if (_needPractice is { } needPractice) { var fired = needPractice.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_planB is { } planB) { var fired = planB.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_networking is { } networking) { var fired = networking.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_sharpenInstincts is { } sharpenInstincts) { var fired = sharpenInstincts.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_unknownWants is { } unknownWants) { var fired = unknownWants.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_leadingOn is { } leadingOn) { var fired = leadingOn.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_tooBusy is { } tooBusy) { var fired = tooBusy.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_fearOfRejection is { } fearOfRejection) { var fired = fearOfRejection.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_concreteRedFlags is { } concreteRedFlags) { var fired = concreteRedFlags.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_untrustworthyPeople is { } untrustworthyPeople) { var fired = untrustworthyPeople.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }
        if (_lowCost is { } lowCost) { var fired = lowCost.Decide(s, false, out d); sum += fired ? d.Weight : 0; veto |= fired & d.Veto; }

        foreach (var rule in _declarative)
        {
            if (rule.Decide(s, false, out d))
            {
                sum += d.Weight;
                veto |= d.Veto;
            }
        }

        var score = sum == 0 ? 0 : sum;
        return new ScoreResult(!veto && score > _threshold ? Verdict.Accept : Verdict.Decline, score, veto);
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
