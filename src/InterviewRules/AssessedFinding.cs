using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// A rule that fires whatever the unknown facts turn out to be: one of the answer's certain reasons, with the range its
/// weight can take and the evidence of known facts only. Its texts state no unknown fact.
/// </summary>
public sealed class AssessedFinding
{
    private readonly Finding? _finding;
    private readonly RuleDescriptor _rule;
    private readonly string? _generalKey;

    internal AssessedFinding(RuleDescriptor rule, ScoreRange weightRange, bool veto, IReadOnlyList<Evidence> evidence, Finding? finding, string? generalKey)
    {
        _rule = finding?.Rule ?? rule;
        WeightRange = weightRange;
        Veto = veto;
        Evidence = evidence;
        _finding = finding;
        _generalKey = generalKey;
    }

    /// <summary>Gets the rule's id.</summary>
    public string RuleId => _rule.Id;

    /// <summary>Gets the rule's kind.</summary>
    public FindingKind Kind => _rule.Kind;

    /// <summary>Gets the least and greatest weight the finding can have.</summary>
    public ScoreRange WeightRange { get; }

    /// <summary>Gets whether the finding vetoes.</summary>
    public bool Veto { get; }

    /// <summary>Gets the known facts the finding rests on, by path.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Gets the title in a culture's language (English for <see langword="null"/>).</summary>
    public string GetTitle(CultureInfo? culture) => _rule.GetTitle(culture);

    /// <summary>Gets the citation in a culture's language.</summary>
    public string GetSource(CultureInfo? culture) => _rule.GetSource(culture);

    /// <summary>
    /// Gets the explanation in a culture's language: the finding's own when every fact it speaks of is known, else a
    /// sentence of why the rule holds that states no fact.
    /// </summary>
    public string GetExplanation(CultureInfo? culture) =>
        _finding?.GetExplanation(culture) ?? (_generalKey is null ? _rule.GetTitle(culture) : Localization.Texts.Get(_generalKey, culture));

    /// <summary>Gets the finding's advice in a culture's language, when every fact it speaks of is known; else none.</summary>
    public IReadOnlyList<string> GetAdvice(CultureInfo? culture) => _finding?.GetAdvice(culture) ?? ReadOnlyArray<string>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {WeightRange}{(Veto ? " veto" : string.Empty)}";
}
