namespace InterviewRules.Article;

/// <summary>Small English phrases the explanations share.</summary>
internal static class Phrases
{
    public static string Count(double n, string singular, string plural) =>
        $"{WeightText.Number(n)} {(n == 1 ? singular : plural)}";

    public static string Interviews(double n) => n == 0 ? "no interview" : n == 1 ? "only 1 interview" : Count(n, "interview", "interviews");

    public static string Interviewer(string? role) => role switch
    {
        "recruiter" => "a recruiter",
        "hiringManager" => "the hiring manager",
        "departmentHead" => "a department head",
        "executive" => "an executive",
        "peer" => "a future peer",
        _ => "whoever it turns out to be",
    };

    public static string RedFlag(string flag) => flag switch
    {
        "negativeManagement" => "a very negative management style",
        "leadershipConflict" => "open conflict between leadership and the rest of the staff",
        "highTurnover" => "many people quitting recently",
        "hostileCulture" => "a tense, hostile culture",
        _ => flag,
    };
}
