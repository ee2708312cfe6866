using System;
using System.Globalization;
using InterviewRules.Localization;

namespace InterviewRules.Explanations;

/// <summary>
/// One plausible change to a scenario, from the documented catalogue of <see cref="Counterfactuals"/>: what it is
/// (an id and a phrase for people), what it costs (how big a change it is for the candidate), and how it applies.
/// </summary>
internal sealed class ScenarioEdit
{
    private readonly Func<InterviewScenario, InterviewScenario> _apply;

    private readonly string _phraseKey;
    private readonly string? _subject;

    internal ScenarioEdit(string id, string phraseKey, string? subject, int cost, string touches, Func<InterviewScenario, InterviewScenario> apply)
    {
        Id = id;
        _phraseKey = phraseKey;
        _subject = subject;
        Phrase = GetPhrase(null);
        Cost = cost;
        Touches = touches;
        _apply = apply;
    }

    /// <summary>Gets the edit's id (<c>video</c>, <c>unfounded:highTurnover</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the condition in English words, to follow "If …" (<c>this were a video interview</c>).</summary>
    public string Phrase { get; }

    /// <summary>Gets the condition in a culture's language (see <see cref="Languages"/>), to follow "If …".</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English, the same as <see cref="Phrase"/>.</param>
    /// <returns>The phrase.</returns>
    public string GetPhrase(CultureInfo? culture) => _subject is null ? Texts.Get(_phraseKey, culture) : Texts.Format(_phraseKey, culture, _subject);

    /// <summary>Gets how big a change this is for the candidate, 1 (small) to 3 (large).</summary>
    public int Cost { get; }

    /// <summary>Gets which part of the scenario the edit changes; two edits of the same part are never combined.</summary>
    public string Touches { get; }

    /// <summary>Applies the edit.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The edited scenario.</returns>
    public InterviewScenario Apply(InterviewScenario scenario) => _apply(scenario);

    /// <inheritdoc />
    public override string ToString() => $"{Id} (cost {Cost})";
}
