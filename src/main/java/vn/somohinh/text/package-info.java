/** Vietnamese text helpers shared by every stage: folding for comparison and search, collation for sorting. */
package vn.somohinh.text;
