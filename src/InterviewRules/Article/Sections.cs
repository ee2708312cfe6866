namespace InterviewRules.Article;

/// <summary>The citations of the article's sections, as findings carry them in <see cref="Finding.Source"/>.</summary>
public static class Sections
{
    /// <summary>Reason 1.</summary>
    public const string NeedPractice = "§1 You Need Practice";

    /// <summary>Reason 2.</summary>
    public const string FirstChoice = "§2 You Might Not Get Your First Choice";

    /// <summary>Reason 3.</summary>
    public const string Networking = "§3 Networking Is Good";

    /// <summary>Reason 4.</summary>
    public const string Instincts = "§4 It Will Sharpen Your Instincts";

    /// <summary>Reason 5.</summary>
    public const string UnknownWants = "§5 You Have No Idea What You Want";

    /// <summary>The exception drawn from reason 4's example of detailed evidence.</summary>
    public const string DetailedEvidence = "§4 It Will Sharpen Your Instincts (the detailed-evidence example)";

    /// <summary>The exception drawn from reason 5's point that the people matter most.</summary>
    public const string ThePeople = "§5 You Have No Idea What You Want (who you would work with)";

    /// <summary>The counter-reason about being rude or leading an employer on.</summary>
    public const string LeadingOn = "Bad reasons: afraid of leading them on";

    /// <summary>The counter-reason about being too busy.</summary>
    public const string TooBusy = "Bad reasons: too busy for interviews";

    /// <summary>The counter-reason about rejection.</summary>
    public const string Rejection = "Bad reasons: facing potential rejection";

    /// <summary>The closing: low cost, high reward.</summary>
    public const string LowCost = "Closing: low cost, high reward";
}
