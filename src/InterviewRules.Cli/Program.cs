using System;
using System.IO;
using System.Text;
using InterviewRules.Cli;

using var stdin = Console.OpenStandardInput();
var protocolOut = Console.OpenStandardOutput();
// Not disposed: CliApp.Run flushes it and reports a failed write itself; a second flush at exit would throw again.
var stdout = new StreamWriter(protocolOut, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
return CliApp.Run(args, stdin, stdout, Console.Error, protocolOut);
