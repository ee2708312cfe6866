using System;
using System.Collections.Generic;
using System.Globalization;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// The one shape of the library's rules, the article's and a policy's custom ones alike: a rule written as data the
/// engine can read. It fires when its condition holds; its weight is the sum of the parts whose conditions hold; it
/// may veto; its finding shows the facts of its evidence list (each when its own condition holds). Only its words —
/// title, explanation, advice — are code, in the small text builder each rule has. The evaluator decides it by
/// interpreting its conditions (<see cref="ConditionProgram"/>), and the assessor reasons over the same conditions.
/// </summary>
internal sealed class DeclaredRule : PlannedRule<InterviewScenario>
{
    /// <summary>The most weight parts a rule may have: which ones held is recorded as one bit each.</summary>
    public const int MaxParts = 64;

    private readonly ConditionProgram? _when;
    private readonly ConditionProgram[] _parts;
    private readonly double[] _weights;
    private readonly ConditionProgram?[] _evidenceWhen;
    private readonly RuleEntry _entry;

    public DeclaredRule(RuleEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Parts.Count is 0 or > MaxParts)
        {
            throw new ArgumentException($"The rule \"{entry.Descriptor.Id}\" has {entry.Parts.Count} weight parts; it must have between 1 and {MaxParts}.", nameof(entry));
        }

        _entry = entry;
        _when = entry.When is null ? null : ConditionProgram.Compile(entry.When);
        _parts = new ConditionProgram[entry.Parts.Count];
        _weights = new double[entry.Parts.Count];
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i] = ConditionProgram.Compile(entry.Parts[i].When);
            _weights[i] = entry.Parts[i].Weight;
        }

        _evidenceWhen = new ConditionProgram?[entry.Evidence.Count];
        for (var i = 0; i < _evidenceWhen.Length; i++)
        {
            _evidenceWhen[i] = entry.Evidence[i].When is { } when ? ConditionProgram.Compile(when) : null;
        }
    }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => _entry.Descriptor;

    /// <summary>Gets the programs its decision reads: the condition it fires on (when it has one), then each weight part's.</summary>
    internal IEnumerable<ConditionProgram> Programs => _when is null ? _parts : [_when, .. _parts];

    /// <summary>Gets the programs that choose which evidence its finding shows.</summary>
    internal IEnumerable<ConditionProgram> EvidencePrograms
    {
        get
        {
            foreach (var program in _evidenceWhen)
            {
                if (program is not null)
                {
                    yield return program;
                }
            }
        }
    }

    /// <summary>Gets the rule as data: its conditions, weight parts, veto, evidence and words.</summary>
    internal RuleEntry Entry => _entry;

    /// <inheritdoc />
    public override bool Decide(InterviewScenario facts, bool record, out RuleDecision decision)
    {
        var fires = Decide(new ConditionProgram.ScenarioFacts(facts), out var weight, out var held);
        decision = new RuleDecision(weight, _entry.Veto, held);
        return fires;
    }

    /// <summary>Decides over any reader of facts: whether the rule fires, its weight, and which weight parts held (one bit each).</summary>
    internal bool Decide<TFacts>(in TFacts facts, out double weight, out ulong held)
        where TFacts : struct, ConditionProgram.IFactReader
    {
        held = 0UL;
        weight = 0.0;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (_parts[i].Evaluate(facts))
            {
                held |= 1UL << i;
                weight += _weights[i];
            }
        }

        return _when?.Evaluate(facts) ?? held != 0;
    }

    /// <inheritdoc />
    public override Finding Describe(InterviewScenario facts, in RuleDecision decision)
    {
        var shown = 0;
        Span<bool> shows = stackalloc bool[_evidenceWhen.Length];
        for (var i = 0; i < shows.Length; i++)
        {
            shows[i] = _evidenceWhen[i]?.Evaluate(facts) ?? true;
            shown += shows[i] ? 1 : 0;
        }

        var evidence = new Evidence[shown];
        for (int i = 0, at = 0; i < shows.Length; i++)
        {
            if (shows[i])
            {
                evidence[at++] = _entry.Evidence[i].Fact.Evidence(facts);
            }
        }

        var words = _entry.WordsFor(decision.Record);
        return new Finding(words.Descriptor, decision.Weight, decision.Veto, evidence, words.Explain, _entry.Advice?.Invoke(facts))
        {
            Detail = _entry.ShowsConditions && _when is not null ? _when.Results(facts) : null,
        };
    }
}

/// <summary>A part of a declared rule's weight: a signed weight that counts when its condition holds.</summary>
/// <param name="When">When the part counts.</param>
/// <param name="Weight">The signed weight it adds.</param>
internal readonly record struct WeightPart(Condition When, double Weight);

/// <summary>A fact a declared rule's finding shows: always, or when a condition holds.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="When">When the finding shows it; <see langword="null"/> for always.</param>
internal readonly record struct EvidenceItem(FactDefinition Fact, Condition? When = null);

/// <summary>How a finding reads: its descriptor (title, source, weight summary) and its explanation.</summary>
/// <param name="Descriptor">The descriptor the finding carries.</param>
/// <param name="Explain">Builds the explanation from the finding (its evidence) in a culture's language.</param>
internal sealed record RuleWords(RuleDescriptor Descriptor, Func<Finding, CultureInfo, string> Explain);

/// <summary>
/// A rule as data: its descriptor, the condition it fires on (<see langword="null"/>: when any weight part holds), its
/// weight parts, its veto, the evidence its finding shows, and its words — one set, or one per combination of weight
/// parts that held (low-cost's cheap half, expensive half, or both), indexed by the bits of the parts that held.
/// </summary>
internal sealed record RuleEntry
{
    /// <summary>Gets what the rule is, with the words of its usual finding.</summary>
    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>Gets the condition the rule fires on; <see langword="null"/> when it fires exactly when a weight part holds.</summary>
    public Condition? When { get; init; }

    /// <summary>Gets the weight parts, at least one.</summary>
    public required IReadOnlyList<WeightPart> Parts { get; init; }

    /// <summary>Gets whether the rule's finding vetoes.</summary>
    public bool Veto { get; init; }

    /// <summary>Gets the facts the finding shows, in order.</summary>
    public required IReadOnlyList<EvidenceItem> Evidence { get; init; }

    /// <summary>Gets the words of the usual finding.</summary>
    public required RuleWords Words { get; init; }

    /// <summary>Gets other words by the parts that held (index: one bit per part); a missing or null entry means <see cref="Words"/>.</summary>
    public IReadOnlyList<RuleWords?>? WordsByParts { get; init; }

    /// <summary>Gets the advice of a finding over a scenario, per culture; <see langword="null"/> for none.</summary>
    public Func<InterviewScenario, Func<CultureInfo, IReadOnlyList<string>>?>? Advice { get; init; }

    /// <summary>Gets whether the finding lists how each leaf of the condition came out (a policy's custom rules do).</summary>
    public bool ShowsConditions { get; init; }

    /// <summary>Gets the words for a finding whose parts held as <paramref name="held"/>.</summary>
    public RuleWords WordsFor(ulong held) =>
        WordsByParts is { } byParts && held < (ulong)byParts.Count && byParts[(int)held] is { } words ? words : Words;

    /// <summary>Gets the rule.</summary>
    public DeclaredRule ToRule() => new(this);
}
