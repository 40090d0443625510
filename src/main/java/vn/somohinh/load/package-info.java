/** Reads data/ with Jackson YAML into records that keep the line and column of every value; nothing else reads YAML. */
package vn.somohinh.load;
