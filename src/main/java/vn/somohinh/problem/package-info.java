/** Problems found in the data: values with a place, a severity, a stable code and a Vietnamese message. */
package vn.somohinh.problem;
