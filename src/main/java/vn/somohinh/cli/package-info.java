/** The command line (CLI.md): parses options, runs the stages in order, prints problems, sets the exit status. */
package vn.somohinh.cli;
