// Passkeys with Spring Security's script (/login/webauthn.js): sign in on /login, add one on /account. The CSRF token
// for its requests comes from the page's meta tags. Without JavaScript or passkey support the buttons stay hidden.
(function () {
  if (!window.PublicKeyCredential) {
    return;
  }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var headers = {};
  if (token && header) {
    headers[header.content] = token.content;
  }
  var signIn = document.getElementById('passkey-signin');
  if (signIn && window.setupLogin) {
    signIn.hidden = false;
    window.setupLogin(headers, '', signIn);
  }
  var register = document.getElementById('passkey-register');
  var add = document.getElementById('passkey-add');
  if (register && add && window.setupRegistration) {
    register.hidden = false;
    var needsScript = document.getElementById('passkey-needs-script');
    if (needsScript) {
      needsScript.hidden = true;
    }
    var error = document.getElementById('passkey-error');
    window.setupRegistration(headers, '', {
      getRegisterButton: function () { return add; },
      getLabelInput: function () { return document.getElementById('passkey-label'); },
      getSuccess: function () { return null; },
      getError: function () { return error; },
      getDeleteForms: function () { return []; }
    });
  }
})();
