using System;
using System.Globalization;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Explanations;

/// <summary>
/// One plausible change to a scenario, from the documented catalogue of <see cref="Counterfactuals"/>: what it is
/// (an id and a phrase for people), whether the candidate can make it happen (a step) or it would have to happen to
/// them (a circumstance), what it costs (how big a change it is), and how it applies.
/// </summary>
internal sealed class ScenarioEdit
{
    private readonly Func<InterviewScenario, InterviewScenario> _apply;

    private readonly string _phraseKey;
    private readonly string? _subject;
    private readonly Func<string, CultureInfo, string>? _phraseSubject;

    internal ScenarioEdit(string id, Verdict? toward, bool isStep, string family, string touches, int cost, string phraseKey, Func<InterviewScenario, InterviewScenario> apply, string? subject = null, Func<string, CultureInfo, string>? phraseSubject = null)
    {
        Id = id;
        Toward = toward;
        IsStep = isStep;
        Family = family;
        Touches = touches;
        Cost = cost;
        _phraseKey = phraseKey;
        _subject = subject;
        _phraseSubject = phraseSubject;
        _apply = apply;
    }

    /// <summary>Gets the edit's id (<c>video</c>, <c>confirm:highTurnover</c>), as the JSON contract names it.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets the only decision the edit is offered toward, or <see langword="null"/> for either: setting aside a
    /// concern or asking for a video call argues for the interview, a red flag turning up against it, whatever a
    /// policy's weights happen to do with them.
    /// </summary>
    public Verdict? Toward { get; }

    /// <summary>Gets whether the candidate can do this about the interview (ask for a video call, check a rumour) rather than wait for it to happen.</summary>
    public bool IsStep { get; }

    /// <summary>Gets the kind of change (<c>trip</c>, <c>concern</c>, <c>rumour</c>, <c>redFlag</c>, <c>looking</c>, <c>offers</c>): picks differ in it where they can.</summary>
    public string Family { get; }

    /// <summary>Gets which part of the scenario the edit changes; two edits of the same part are never combined.</summary>
    public string Touches { get; }

    /// <summary>Gets how big a change this is for the candidate, 1 (small) to 3 (large).</summary>
    public int Cost { get; }

    /// <summary>Gets the condition in a culture's language (see <see cref="Languages"/>), to follow "if …"; names are phrased, never contract identifiers.</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for English.</param>
    /// <returns>The phrase.</returns>
    public string GetPhrase(CultureInfo? culture) =>
        _subject is null ? Texts.Get(_phraseKey, culture) : Texts.Format(_phraseKey, culture, _phraseSubject!(_subject, culture ?? CultureInfo.InvariantCulture));

    /// <summary>
    /// Gets the conditions of two edits in a culture's language: "you learned in detail of a and of b" when both
    /// say the same of two things, else the two phrases joined.
    /// </summary>
    public static string GetPhrase(ScenarioEdit first, ScenarioEdit second, CultureInfo? culture)
    {
        if (first._subject is not null && second._subject is not null && first._phraseKey == second._phraseKey)
        {
            var c = culture ?? CultureInfo.InvariantCulture;
            return Texts.Format(first._phraseKey, culture, Texts.Format("list.and", culture, first._phraseSubject!(first._subject, c), second._phraseSubject!(second._subject, c)));
        }

        return Texts.Format("list.and", culture, first.GetPhrase(culture), second.GetPhrase(culture));
    }

    /// <summary>Applies the edit.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The edited scenario.</returns>
    public InterviewScenario Apply(InterviewScenario scenario) => _apply(scenario);

    /// <inheritdoc />
    public override string ToString() => $"{Id} (cost {Cost})";
}
