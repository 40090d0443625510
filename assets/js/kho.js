/*
 * Sổ mô hình: the address of the forge's editor for a new file, from the template the build writes into the page
 * (forge/Links#newFileTemplate: GitHub, GitLab, Gitea and Forgejo each have their own). The page fills in the file's
 * folder, name and text, each encoded; it never builds a forge's address itself.
 */
(function () {
  'use strict';

  function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
  }

  window.soMoHinhKho = {
    newFile: function (template, path, text) {
      var slash = path.lastIndexOf('/');
      var parts = {
        '{thu_muc}': slash < 0 ? '' : encodePath(path.substring(0, slash)),
        '{ten_tep}': encodeURIComponent(path.substring(slash + 1)),
        '{noi_dung}': encodeURIComponent(text)
      };
      // A function as the replacement: the encoded parts are inserted as they are, "$" patterns and all.
      return template.replace(/\{thu_muc\}|\{ten_tep\}|\{noi_dung\}/g, function (place) { return parts[place]; });
    }
  };
}());
