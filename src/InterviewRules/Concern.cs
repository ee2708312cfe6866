namespace InterviewRules;

/// <summary>A reason the candidate gives for hesitating. JSON names are camelCase (<c>notInterested</c>).</summary>
public enum Concern
{
    /// <summary>"I don't even want that job." Answered by §5, You Have No Idea What You Want.</summary>
    NotInterested,

    /// <summary>"I don't want to work in that industry." Answered by §3, Networking Is Good.</summary>
    WrongIndustry,

    /// <summary>"Something about it feels off", with nothing concrete. Answered by §4, It Will Sharpen Your Instincts.</summary>
    VagueBadFeeling,

    /// <summary>"It would be rude to lead them on." Answered by the article's counter-reason about leading on.</summary>
    FearOfLeadingOn,

    /// <summary>"I'm too busy for all these interviews." Answered by the article's counter-reason about being busy.</summary>
    TooBusy,

    /// <summary>"I don't want to face so much rejection." Answered by the article's counter-reason about rejection.</summary>
    FearOfRejection,

    /// <summary>"I'm waiting to hear from my first choice." Answered by §2, You Might Not Get Your First Choice.</summary>
    WaitingOnFirstChoice,
}
