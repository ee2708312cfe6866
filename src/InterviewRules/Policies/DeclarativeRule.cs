using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Policies;

/// <summary>
/// A custom rule as the evaluator runs it: its condition laid out as a <see cref="ConditionProgram"/>, its
/// evidence paths and its weight worked out once.
/// </summary>
internal sealed class DeclarativeRule : PlannedRule<InterviewScenario>
{
    private readonly CustomRuleDefinition _definition;
    private readonly ConditionProgram _program;
    private readonly string[] _evidencePaths;
    private readonly double _weight;
    private readonly bool _veto;

    public DeclarativeRule(CustomRuleDefinition definition)
    {
        _definition = definition;
        _program = ConditionProgram.Compile(definition.When);
        _weight = definition.SignedWeight;
        _veto = definition.Veto;

        // Evidence: every fact the condition reads, then any the explanation names, each once.
        var paths = new List<string>();
        definition.When.CollectFacts(paths);
        foreach (var name in CustomRuleDefinition.Placeholders(definition.Explanation))
        {
            if (!paths.Contains(name))
            {
                paths.Add(name);
            }
        }

        _evidencePaths = [.. paths];
    }

    public override RuleDescriptor Descriptor => _definition.Descriptor;

    /// <summary>Gets the condition as laid out for evaluation.</summary>
    internal ConditionProgram Program => _program;

    /// <summary>Gets what the rule decides when it fires: its signed weight and its veto.</summary>
    internal RuleDecision Decision => new(_weight, _veto);

    internal override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        var fires = _program.Evaluate(facts);
        decision = record && fires ? Recorded(facts) : Decision;
        return fires;
    }

    /// <summary>
    /// What the rule records when it fires and its finding will be described: its weight and veto, and each leaf's
    /// outcome (<see cref="ConditionProgram.Outcomes"/>). The condition table, which decides many rules at once, asks
    /// for it for the rules that fired when the evaluation keeps a record.
    /// </summary>
    internal RuleDecision Recorded(InterviewScenario facts) =>
        new(_weight, _veto, _program.RecordsOutcomes ? _program.Outcomes(facts) : 0);

    internal override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        var evidence = new Evidence[_evidencePaths.Length];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = new Evidence(_evidencePaths[i], FactDefinition.Find(_evidencePaths[i])!.Read(facts));
        }

        return new Finding(_definition.Descriptor, decision.Weight, decision.Veto, evidence, Fill)
        {
            Detail = _program.Results(facts, decision.Record),
        };
    }

    /// <summary>Fills each <c>{fact.path}</c> of the template once, left to right: a value is never read as a template.</summary>
    private string Fill(Finding finding, System.Globalization.CultureInfo culture)
    {
        var template = _definition.Explanation;
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            text.Append(template, at, open - at);
            var path = template.Substring(open + 1, close - open - 1);
            if (finding.TryGetEvidence(path, out var value))
            {
                text.Append(value.ToString());
            }
            else
            {
                text.Append(template, open, close - open + 1);
            }

            at = close + 1;
        }

        return text.ToString();
    }

    /// <summary>How each leaf condition of a declarative rule's finding came out.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The leaf conditions' results, in the condition's order; <see langword="null"/> for any other finding.</returns>
    internal static IReadOnlyList<ConditionResult>? ConditionsOf(Finding finding) => finding.Detail is ConditionResult[] { Length: > 0 } conditions ? conditions : null;
}
