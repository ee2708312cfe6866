using System.Resources;
using System.Runtime.CompilerServices;
using InterviewRules.Localization;

namespace InterviewRules.Languages.Tests;

/// <summary>
/// A pseudo-language, <c>qps</c>, whose texts are this project's <c>PseudoTexts.resx</c>, registered through the
/// library's one registration point before anything reads the list of languages: the same line a shipped language
/// has in <c>Languages.cs</c>. This project runs in its own process, so no other test sees a third language.
/// </summary>
internal static class PseudoLanguage
{
    public const string Code = "qps";

    public static ResourceManager Texts { get; } = new("InterviewRules.Languages.Tests.PseudoTexts", typeof(PseudoLanguage).Assembly);

#pragma warning disable CA2255 // A test assembly's module initializer: the language must exist before the first text is read.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => Localization.Languages.Register(new Language(Code, "Pseudo", decimalSeparator: "·", Texts));
}
