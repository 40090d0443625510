/** Lenient in what it reads, strict in what it gives: a table row's or a form's cells as the contract's values. */
package vn.somohinh.convert;
