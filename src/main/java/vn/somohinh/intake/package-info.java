/**
 * Reads what units send today (filled Word forms, workbooks, CSV) safely into cells by registration key, as the
 * source holds them; never writes, never interprets a value (that is {@code convert}).
 */
package vn.somohinh.intake;
