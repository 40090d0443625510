/** The render stage: turns the Site model into pages, with templates that escape every value. */
package vn.somohinh.render;
