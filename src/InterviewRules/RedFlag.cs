namespace InterviewRules;

/// <summary>Concrete, detailed evidence about the employer or its people. JSON names are camelCase (<c>highTurnover</c>).</summary>
public enum RedFlag
{
    /// <summary>The management style is very negative (§4's detailed example).</summary>
    NegativeManagement,

    /// <summary>There is open conflict between leadership and the rest of the staff (§4).</summary>
    LeadershipConflict,

    /// <summary>Many people have quit recently (§4).</summary>
    HighTurnover,

    /// <summary>The culture is tense and hostile (§4).</summary>
    HostileCulture,

    /// <summary>The people who would lead you are not to be trusted (§5: who you work with matters most).</summary>
    UntrustworthyLeadership,
}
