/** Reads what units send today (filled Word forms, workbooks, CSV) into cells by registration key, leniently; never writes. */
package vn.somohinh.intake;
