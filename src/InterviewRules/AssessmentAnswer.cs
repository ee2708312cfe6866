using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>One class of answers to a question, and where the answer stands once the person gives one in it.</summary>
public sealed class AssessmentAnswer
{
    internal AssessmentAnswer(string answer, AssessmentStatus status, Verdict? decision)
    {
        Answer = answer;
        Status = status;
        Decision = decision;
    }

    /// <summary>Gets the class: <c>true</c>, <c>video</c>, <c>redFlag</c>, or for a number <c>&lt;= 1</c>, <c>(1, 3]</c>, <c>&gt; 3</c>.</summary>
    public string Answer { get; }

    /// <summary>Gets the status after an answer in this class.</summary>
    public AssessmentStatus Status { get; }

    /// <summary>Gets the decision after it, when settled.</summary>
    public Verdict? Decision { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Answer}: {(Decision is { } d ? d.ToString() : Status.ToString())}";
}
