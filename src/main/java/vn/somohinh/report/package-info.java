/** The office documents and data files of a campaign (report .docx, .xlsx, .csv, .json), each handed over as a path and its bytes. */
package vn.somohinh.report;
