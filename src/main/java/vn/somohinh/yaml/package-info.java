/** Reading YAML safely: every value with its place as an editor counts it, and everything Jackson would let slip refused. */
package vn.somohinh.yaml;
