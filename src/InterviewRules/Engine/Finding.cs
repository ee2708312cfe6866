using System;
using System.Collections.Generic;
using System.Globalization;

namespace InterviewRules.Engine;

/// <summary>
/// What one rule found in one set of facts: a signed weight, an optional veto, the evidence it read and an
/// explanation for people. The explanation is built when it is first read, not when the rule fires.
/// </summary>
public sealed class Finding
{
    private static readonly IReadOnlyList<string> NoAdvice = ReadOnlyArray<string>.Empty;
    // What builds the explanation per culture, or null for a fixed explanation.
    private readonly Func<Finding, CultureInfo, string>? _explain;

    // The advice itself (IReadOnlyList<string>) or what gives it per culture (Func<CultureInfo, IReadOnlyList<string>>).
    private readonly object _advice;
    private string? _explanation;

    /// <summary>Creates a finding whose explanation is a fixed text.</summary>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="weight">The signed contribution to the score: positive favours accepting, negative favours declining.</param>
    /// <param name="veto">Whether the finding forces a decline whatever the score.</param>
    /// <param name="evidence">The facts the rule read, each fact at most once.</param>
    /// <param name="explanation">The explanation for people.</param>
    /// <param name="advice">Advice for the person the answer is for that comes with this finding, if any.</param>
    public Finding(RuleDescriptor rule, double weight, bool veto, IReadOnlyList<Evidence> evidence, string explanation, IReadOnlyList<string>? advice = null)
        : this(rule, weight, veto, Copy(evidence), null, explanation ?? throw new ArgumentNullException(nameof(explanation)), advice is null ? NoAdvice : ReadOnlyArray<string>.CopyOf(advice))
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
    }

    /// <summary>Creates a finding whose explanation and advice come in several languages, built when first read.</summary>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="weight">The signed contribution to the score: positive favours accepting, negative favours declining.</param>
    /// <param name="veto">Whether the finding forces a decline whatever the score.</param>
    /// <param name="evidence">The facts the rule read, each fact at most once.</param>
    /// <param name="explain">
    /// Builds the explanation from the finding in a culture's language, falling back to the neutral language;
    /// <see cref="CultureInfo.InvariantCulture"/> asks for the neutral one. Must be pure and thread-safe.
    /// </param>
    /// <param name="advice">Gives the advice in a culture's language, in the same way; <see langword="null"/> when there is none.</param>
    public Finding(RuleDescriptor rule, double weight, bool veto, IReadOnlyList<Evidence> evidence, Func<Finding, CultureInfo, string> explain, Func<CultureInfo, IReadOnlyList<string>>? advice = null)
        : this(rule, weight, veto, Copy(evidence), explain ?? throw new ArgumentNullException(nameof(explain)), null, advice ?? (object)NoAdvice)
    {
    }

    /// <summary>A finding of one of the library's own rules: the evidence array is handed over, not copied.</summary>
    internal Finding(RuleDescriptor rule, double weight, bool veto, Evidence[] evidence, Func<Finding, CultureInfo, string> explain, Func<CultureInfo, IReadOnlyList<string>>? advice = null)
        : this(rule, weight, veto, ReadOnlyArray<Evidence>.Own(evidence), explain, null, advice ?? (object)NoAdvice)
    {
    }

    private Finding(
        RuleDescriptor rule,
        double weight,
        bool veto,
        IReadOnlyList<Evidence> evidence,
        Func<Finding, CultureInfo, string>? explain,
        string? explanation,
        object advice)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!double.IsFinite(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight of a finding of rule \"{rule.Id}\" must be a finite number.");
        }

        for (var i = 1; i < evidence.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(evidence[i].Fact, evidence[j].Fact, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The evidence of rule \"{rule.Id}\" names the fact \"{evidence[i].Fact}\" twice; each fact may appear once.", nameof(evidence));
                }
            }
        }

        Rule = rule;
        Weight = weight == 0 ? 0 : weight;
        Veto = veto;
        Evidence = evidence;
        _explain = explain;
        _explanation = explanation;
        _advice = advice;
    }

    /// <summary>Gets the rule that produced the finding.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Gets the id of the rule that produced the finding.</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the kind of finding.</summary>
    public FindingKind Kind => Rule.Kind;

    /// <summary>Gets the signed contribution to the score: positive favours accepting, negative favours declining.</summary>
    public double Weight { get; }

    /// <summary>Gets whether the finding forces a decline whatever the score.</summary>
    public bool Veto { get; }

    /// <summary>Gets which way the finding pushes, from the sign of <see cref="Weight"/>.</summary>
    public FindingEffect Effect => Weight > 0 ? FindingEffect.Accept : Weight < 0 ? FindingEffect.Decline : FindingEffect.Neutral;

    /// <summary>Gets the facts the rule read, in the order the rule read them.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Gets the title for people, in the neutral language (the language the rule was written in).</summary>
    public string Title => Rule.Title;

    /// <summary>Gets the source the rule cites, in the neutral language.</summary>
    public string Source => Rule.Source;

    /// <summary>Gets the advice that comes with the finding, in the neutral language; empty when there is none.</summary>
    public IReadOnlyList<string> Advice => _advice as IReadOnlyList<string> ?? ((Func<CultureInfo, IReadOnlyList<string>>)_advice)(CultureInfo.InvariantCulture);

    /// <summary>
    /// Gets what the layer that made the rule keeps beside the finding for its own writers (for a rule made
    /// from data, how each leaf condition came out); <see langword="null"/> for rules written in code.
    /// </summary>
    internal object? Detail { get; init; }

    /// <summary>Gets the explanation for people, in the neutral language, built on first read.</summary>
    public string Explanation => _explanation ??= _explain!(this, CultureInfo.InvariantCulture);

    /// <summary>Gets the title in a culture's language; the neutral title for <see langword="null"/>.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The title.</returns>
    public string GetTitle(CultureInfo? culture) => Rule.GetTexts(culture).Title;

    /// <summary>Gets the source the rule cites in a culture's language; the neutral one for <see langword="null"/>.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The citation.</returns>
    public string GetSource(CultureInfo? culture) => Rule.GetTexts(culture).Source;

    /// <summary>
    /// Gets the explanation in a culture's language, built on each call; the neutral <see cref="Explanation"/> for
    /// <see langword="null"/>, and for a finding created with a single-language explanation.
    /// </summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The explanation.</returns>
    public string GetExplanation(CultureInfo? culture) =>
        culture is not null && _explain is { } explain ? explain(this, culture) : Explanation;

    /// <summary>Gets the advice in a culture's language; the neutral <see cref="Advice"/> for <see langword="null"/>, and for a finding created with single-language advice.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the neutral language.</param>
    /// <returns>The advice; empty when there is none.</returns>
    public IReadOnlyList<string> GetAdvice(CultureInfo? culture) =>
        culture is not null && _advice is Func<CultureInfo, IReadOnlyList<string>> advice ? advice(culture) : Advice;

    private static ReadOnlyArray<Evidence> Copy(IReadOnlyList<Evidence> evidence) =>
        ReadOnlyArray<Evidence>.CopyOf(evidence ?? throw new ArgumentNullException(nameof(evidence)));

    /// <summary>Looks up the value of one fact in the evidence.</summary>
    /// <param name="fact">The fact's path.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns><see langword="true"/> when the rule recorded that fact.</returns>
    public bool TryGetEvidence(string fact, out FactValue value)
    {
        for (var i = 0; i < Evidence.Count; i++)
        {
            if (string.Equals(Evidence[i].Fact, fact, StringComparison.Ordinal))
            {
                value = Evidence[i].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {NumberText.Signed(Weight)}{(Veto ? " veto" : string.Empty)}: {Explanation}";

    internal Finding With(RuleDescriptor rule, double weight) =>
        new(rule, weight, Veto, Evidence, _explain, _explain is null ? _explanation : null, _advice) { Detail = Detail };
}
