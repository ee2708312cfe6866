using System.Collections.Generic;
using System.Globalization;

namespace InterviewRules;

/// <summary>A question worth putting to the person: an unknown fact that can change the decision, with its answer classes.</summary>
public sealed class AssessmentQuestion
{
    internal AssessmentQuestion(string fact, bool settlesAlways, int worst, IReadOnlyList<AssessmentAnswer> answers)
    {
        Fact = fact;
        SettlesAlways = settlesAlways;
        Worst = worst;
        Answers = answers;
    }

    /// <summary>Gets the item fact it asks about (<c>candidate.activelyLooking</c>, <c>concerns.tooBusy</c>).</summary>
    public string Fact { get; }

    /// <summary>Gets whether every answer settles the decision.</summary>
    public bool SettlesAlways { get; }

    /// <summary>Gets the most facts still relevant after any one answer (the ranking's second key).</summary>
    public int Worst { get; }

    /// <summary>Gets one entry per answer class, in order.</summary>
    public IReadOnlyList<AssessmentAnswer> Answers { get; }

    /// <summary>Gets the question in a culture's language, in the second person.</summary>
    public string GetText(CultureInfo? culture) => Assessing.AssessmentTexts.Question(Fact, culture);

    /// <inheritdoc />
    public override string ToString() => $"{Fact}: {string.Join("; ", Answers)}";
}
